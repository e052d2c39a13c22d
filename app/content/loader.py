"""Load problems/, rubrics/, interviews/ and notes/ into a Bank, collecting errors per file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from app.content.schema import LoopSpec, ProblemManifest, Question, RubricFileHeader

REFERENCE_PATH = Path(".meta") / "reference.py"


@dataclass(frozen=True)
class ContentError:
    """A problem found in one content file, phrased so an author can fix it."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f" field '{self.field}'" if self.field else ""
        return f"{self.file}:{where}: {self.message}"


@dataclass(frozen=True)
class Problem:
    """A coding problem folder, validated and read."""

    manifest: ProblemManifest
    folder: Path
    prompt: str
    starter: str

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def reference_path(self) -> Path:
        return self.folder / REFERENCE_PATH

    def test_paths(self, include_hidden: bool) -> list[tuple[Path, bool]]:
        """Return (path, hidden) for the test files a run should use."""
        tests = [(self.folder / name, False) for name in self.manifest.tests.visible]
        if include_hidden:
            tests += [(self.folder / name, True) for name in self.manifest.tests.hidden]
        return tests


@dataclass(frozen=True)
class Note:
    """A refresher page (markdown) that practice mode shows beside a chapter's problems."""

    id: str
    title: str
    body: str


@dataclass
class Bank:
    """Everything loaded from a content root, plus the errors that kept files out."""

    root: Path
    problems: dict[str, Problem] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    question_topic: dict[str, str] = field(default_factory=dict)
    loops: dict[str, LoopSpec] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)

    def rel(self, path: Path) -> str:
        """Return `path` relative to the content root, for messages."""
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def load_bank(root: Path) -> Bank:
    """Load every content file under `root`; a broken file is reported and skipped."""
    bank = Bank(root=root)
    _load_notes(bank)
    for folder in sorted((root / "problems").glob("*/")):
        if folder.is_dir() and not folder.name.startswith((".", "_")):
            _load_problem(bank, folder)
    for path in sorted((root / "rubrics").glob("*.yaml")):
        _load_rubric_file(bank, path)
    for path in sorted((root / "interviews").glob("*.yaml")):
        _load_loop(bank, path)
    _check_references(bank)
    return bank


def _read_yaml(bank: Bank, path: Path) -> dict | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        bank.errors.append(ContentError(bank.rel(path), "", "file is missing"))
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        bank.errors.append(ContentError(bank.rel(path), "", f"not valid YAML{where}: {problem}"))
        return None
    if not isinstance(data, dict):
        bank.errors.append(ContentError(bank.rel(path), "", "expected a mapping at the top level"))
        return None
    return data


def _report_validation(bank: Bank, path: Path, exc: ValidationError, prefix: str = "") -> None:
    for err in exc.errors():
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
        name = f"{prefix}{loc}" if loc else prefix.rstrip(".")
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key (check the spelling against the schema)"
        elif err["type"] == "missing":
            message = "required field is missing"
        bank.errors.append(ContentError(bank.rel(path), name, message))


def _load_problem(bank: Bank, folder: Path) -> None:
    manifest_path = folder / "problem.yaml"
    data = _read_yaml(bank, manifest_path)
    if data is None:
        return
    try:
        manifest = ProblemManifest.model_validate(data)
    except ValidationError as exc:
        _report_validation(bank, manifest_path, exc)
        return
    ok = True
    if manifest.id != folder.name:
        bank.errors.append(ContentError(
            bank.rel(manifest_path), "id", f"'{manifest.id}' must match the folder name '{folder.name}'"
        ))
        ok = False
    required = ["prompt.md", "starter.py", str(REFERENCE_PATH)]
    required += manifest.tests.visible + manifest.tests.hidden + manifest.tests.support
    for name in required:
        if not (folder / name).is_file():
            bank.errors.append(ContentError(bank.rel(folder / name), "", "file is missing"))
            ok = False
    for name in manifest.tests.support:
        if not (folder / name).resolve().is_relative_to(folder.parent.resolve()):
            bank.errors.append(ContentError(
                bank.rel(manifest_path), "tests.support", f"'{name}' must stay inside problems/"
            ))
            ok = False
    for name in manifest.tests.visible + manifest.tests.hidden:
        if not Path(name).name.startswith("test_") or not name.endswith(".py"):
            bank.errors.append(ContentError(
                bank.rel(manifest_path), "tests", f"'{name}' must be named test_*.py"
            ))
            ok = False
    if manifest.id in bank.problems:
        bank.errors.append(ContentError(bank.rel(manifest_path), "id", "duplicate problem id"))
        ok = False
    if not ok:
        return
    bank.problems[manifest.id] = Problem(
        manifest=manifest,
        folder=folder,
        prompt=(folder / "prompt.md").read_text(encoding="utf-8"),
        starter=(folder / "starter.py").read_text(encoding="utf-8"),
    )


def _load_rubric_file(bank: Bank, path: Path) -> None:
    data = _read_yaml(bank, path)
    if data is None:
        return
    try:
        header = RubricFileHeader.model_validate(data)
    except ValidationError as exc:
        _report_validation(bank, path, exc)
        return
    for index, raw in enumerate(header.questions):
        qid = raw.get("id") if isinstance(raw, dict) else None
        prefix = f"questions[{index}]" + (f"({qid})" if qid else "") + "."
        try:
            question = Question.model_validate(raw)
        except ValidationError as exc:
            _report_validation(bank, path, exc, prefix)
            continue
        if question.id in bank.questions:
            bank.errors.append(ContentError(bank.rel(path), prefix + "id", "duplicate question id"))
            continue
        bank.questions[question.id] = question
        bank.question_topic[question.id] = header.topic


def _load_loop(bank: Bank, path: Path) -> None:
    data = _read_yaml(bank, path)
    if data is None:
        return
    data.setdefault("id", path.stem)
    try:
        loop = LoopSpec.model_validate(data)
    except ValidationError as exc:
        _report_validation(bank, path, exc)
        return
    bank.loops[loop.id] = loop


def _load_notes(bank: Bank) -> None:
    for path in sorted((bank.root / "notes").glob("*.md")):
        body = path.read_text(encoding="utf-8")
        first = body.lstrip().splitlines()[0] if body.strip() else path.stem
        bank.notes[path.stem] = Note(id=path.stem, title=first.lstrip("# ").strip(), body=body)


def _check_references(bank: Bank) -> None:
    """Report problems whose chapter note does not exist (the problem still loads)."""
    for problem in bank.problems.values():
        chapter = problem.manifest.chapter
        if chapter and chapter not in bank.notes:
            bank.errors.append(ContentError(
                bank.rel(problem.folder / "problem.yaml"), "chapter", f"no note notes/{chapter}.md"
            ))
