"""Load problems/, rubrics/, interviews/ and notes/ into a Bank, collecting errors per file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from app.content.schema import (
    Criterion,
    InterviewerRubric,
    LoopSpec,
    ProblemManifest,
    Question,
    RubricFileHeader,
)

REFERENCE_PATH = Path(".meta") / "reference.py"
SHARED_FOLDER = "_shared"
CONTENT_FOLDERS = ("problems", "rubrics", "interviews", "notes")


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
    loop_files: dict[str, Path] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    # The rubric both sides score a coding round on in pair mode (rubrics/interviewer/coding.yaml).
    interviewer_rubric: list[Criterion] = field(default_factory=list)
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
    missing = content_root_problem(root)
    if missing:
        bank.errors.append(ContentError(str(root), "", f"content folder {missing}"))
        return bank
    _load_notes(bank)
    for folder in sorted((root / "problems").glob("*/")):
        if folder.is_dir() and not folder.name.startswith((".", "_")):
            _load_problem(bank, folder)
    for path in sorted((root / "rubrics").glob("*.yaml")):
        _load_rubric_file(bank, path)
    for path in sorted((root / "interviews").glob("*.yaml")):
        _load_loop(bank, path)
    _load_interviewer_rubric(bank, root / "rubrics" / "interviewer" / "coding.yaml")
    _check_references(bank)
    _drop_unassemblable_loops(bank)
    return bank


def content_root_problem(root: Path) -> str | None:
    """Return why `root` is not a content folder (missing, or holding none of its folders)."""
    if not root.exists():
        return "does not exist"
    if not root.is_dir():
        return "is not a folder"
    if not any((root / name).is_dir() for name in CONTENT_FOLDERS):
        return "holds no content (no " + ", ".join(f"{n}/" for n in CONTENT_FOLDERS) + " folder)"
    return None


def _read_text(bank: Bank, path: Path, field: str = "") -> str | None:
    """Return the file's text, or report why it cannot be read (and return None)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        message = "file is missing"
    except IsADirectoryError:
        message = "is a folder, expected a file"
    except UnicodeDecodeError as exc:
        message = (f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start});"
                   " save the file as UTF-8")
    except OSError as exc:
        message = f"cannot be read: {exc.strerror or exc}"
    bank.errors.append(ContentError(bank.rel(path), field, message))
    return None


def _load_interviewer_rubric(bank: Bank, path: Path) -> None:
    """Load the coding-round interviewer rubric when the content has one."""
    if not path.exists():
        return
    data = _read_yaml(bank, path)
    if data is None:
        return
    try:
        bank.interviewer_rubric = InterviewerRubric.model_validate(data).criteria
    except ValidationError as exc:
        _report_validation(bank, path, exc)


def _read_yaml(bank: Bank, path: Path) -> dict | None:
    raw = _read_text(bank, path)
    if raw is None:
        return None
    try:
        data = yaml.safe_load(raw)
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
    errors_before = len(bank.errors)
    where = bank.rel(manifest_path)
    if manifest.id != folder.name:
        bank.errors.append(ContentError(
            where, "id", f"'{manifest.id}' must match the folder name '{folder.name}'"
        ))
    if manifest.id in bank.problems:
        bank.errors.append(ContentError(where, "id", "duplicate problem id"))
    texts = {name: _read_text(bank, folder / name)
             for name in ("prompt.md", "starter.py", str(REFERENCE_PATH))}
    for group in ("visible", "hidden", "support"):
        for index, name in enumerate(getattr(manifest.tests, group)):
            reason = _test_file_problem(bank, folder, name, is_test=group != "support")
            if reason:
                bank.errors.append(ContentError(where, f"tests.{group}[{index}]", reason))
    if len(bank.errors) > errors_before:
        return
    bank.problems[manifest.id] = Problem(
        manifest=manifest, folder=folder, prompt=texts["prompt.md"], starter=texts["starter.py"]
    )


def _test_file_problem(bank: Bank, folder: Path, name: str, is_test: bool) -> str | None:
    """Return why a test or support path is unusable, or None when it is fine."""
    if is_test and (not Path(name).name.startswith("test_") or not name.endswith(".py")):
        return f"'{name}' must be named test_*.py"
    # These files are copied into the sandbox, so a path (or a symlink) must never lead to the
    # host's files, another problem's files or any reference solution.
    resolved = (folder / name).resolve()
    allowed = [folder.resolve(), (bank.root / "problems" / SHARED_FOLDER).resolve()]
    inside = next((base for base in allowed if resolved.is_relative_to(base)), None)
    if inside is None:
        return f"'{name}' must stay inside the problem's folder or problems/{SHARED_FOLDER}/"
    if ".meta" in resolved.relative_to(inside).parts:
        return f"'{name}' must not point into a .meta/ folder"
    if resolved.is_dir():
        return f"'{name}' is a folder, expected a file"
    if not resolved.is_file():
        return f"'{name}' is missing (no file {bank.rel(folder / name)})"
    try:
        resolved.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return f"'{name}' is not valid UTF-8 (byte offset {exc.start}); save the file as UTF-8"
    except OSError as exc:
        return f"'{name}' cannot be read: {exc.strerror or exc}"
    return None


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
    if loop.id in bank.loops:
        bank.errors.append(ContentError(bank.rel(path), "id", f"duplicate loop id '{loop.id}'"))
        return
    bank.loops[loop.id] = loop
    bank.loop_files[loop.id] = path


def _load_notes(bank: Bank) -> None:
    for path in sorted((bank.root / "notes").glob("*.md")):
        body = _read_text(bank, path)
        if body is None:
            continue
        first = body.lstrip().splitlines()[0] if body.strip() else path.stem
        bank.notes[path.stem] = Note(id=path.stem, title=first.lstrip("# ").strip(), body=body)


def _drop_unassemblable_loops(bank: Bank) -> None:
    """Report, and stop offering, every loop that cannot be assembled from what loaded."""
    from app.content.assembly import check_loop  # assembly builds on this module

    for loop_id, loop in list(bank.loops.items()):
        reasons = check_loop(bank, loop)
        if not reasons:
            continue
        del bank.loops[loop_id]
        where = bank.rel(bank.loop_files.pop(loop_id))
        for reason in reasons:
            field, sep, message = reason.partition(": ")
            if not (sep and field.startswith("rounds")):
                field, message = "", reason
            bank.errors.append(ContentError(where, field, message))


def _check_references(bank: Bank) -> None:
    """Report problems whose chapter note does not exist (the problem still loads)."""
    for problem in bank.problems.values():
        chapter = problem.manifest.chapter
        if chapter and chapter not in bank.notes:
            bank.errors.append(ContentError(
                bank.rel(problem.folder / "problem.yaml"), "chapter", f"no note notes/{chapter}.md"
            ))
