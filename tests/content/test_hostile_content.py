"""Hostile or broken content is a load error naming its file and field, never a crash or a leak.

Each case goes through the loader and through the command line: one bad file must not take down
`validate` or `list`, and a path that would copy a host file, another problem's file or a
reference solution into the sandbox keeps its problem out of the bank.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from app import cli
from app.content.loader import load_bank
from app.paths import PROJECT_ROOT

EXAMPLE = PROJECT_ROOT / "problems" / "prefix-sum-inplace"
BAD_BYTES = b"# caf\xe9 \xff\xfe broken\n"
LOOP = "title: Short\nminutes: 30\nrounds:\n  - {kind: coding, minutes: 20, ids: [good-problem]}\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Return a content root: two problems, one rubric file, one loop and one note."""
    content = tmp_path / "content"
    for slug in ("good-problem", "bad-problem"):
        shutil.copytree(EXAMPLE, content / "problems" / slug)
        manifest = content / "problems" / slug / "problem.yaml"
        data = yaml.safe_load(manifest.read_text())
        data["id"] = slug
        data.pop("chapter", None)
        manifest.write_text(yaml.safe_dump(data))
    (content / "rubrics").mkdir()
    shutil.copy(PROJECT_ROOT / "rubrics" / "optimizers.yaml", content / "rubrics" / "optimizers.yaml")
    (content / "interviews").mkdir()
    (content / "interviews" / "short.yaml").write_text(LOOP)
    (content / "notes").mkdir()
    (content / "notes" / "ch01.md").write_text("# Arrays\n\nRunning totals.\n")
    return content


def set_tests(root: Path, slug: str, **groups: list[str]) -> None:
    path = root / "problems" / slug / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    data["tests"] = {**data.get("tests", {}), **groups}
    path.write_text(yaml.safe_dump(data))


def run_cli(root: Path, *args: str, capsys, monkeypatch) -> tuple[int, str]:
    """Run `mockloop --content ROOT ARGS` in-process; return its status and everything it printed."""
    monkeypatch.setenv("MOCKLOOP_CONTENT", str(root))  # restored after the test; main() overwrites it
    status = cli.main(["--content", str(root), *args])
    out = capsys.readouterr()
    return status, out.out + out.err


def assert_reported(root: Path, file: str, field: str, words: str, capsys, monkeypatch,
                    still_loaded: Callable | None = None) -> None:
    """The error names `file` and `field`, the rest loads, validate fails and list still works."""
    bank = load_bank(root)
    matching = [e for e in bank.errors if e.file == file and e.field.startswith(field)]
    assert matching, [str(e) for e in bank.errors]
    assert words in matching[0].message, str(matching[0])
    assert "good-problem" in bank.problems, "a broken neighbour must not stop a good problem loading"
    if still_loaded:
        assert still_loaded(bank), "the rest of the content still loads"
    status, out = run_cli(root, "validate", "--no-run", capsys=capsys, monkeypatch=monkeypatch)
    assert status == 1 and file in out and words in out, out
    status, out = run_cli(root, "list", "problems", "--json", capsys=capsys, monkeypatch=monkeypatch)
    assert status == 0, out
    assert "good-problem" in {row["id"] for row in json.loads(out)}


@pytest.mark.parametrize("name", ["problem.yaml", "prompt.md", "starter.py", ".meta/reference.py",
                                  "test_visible.py"])
def test_a_non_utf8_problem_file_is_named(root: Path, name: str, capsys, monkeypatch) -> None:
    path = root / "problems" / "bad-problem" / name
    path.write_bytes(path.read_bytes() + BAD_BYTES)
    expected_file = "problems/bad-problem/problem.yaml" if name.startswith("test_") else path.relative_to(
        root).as_posix()
    assert_reported(root, expected_file, "tests.visible[0]" if name.startswith("test_") else "",
                    "UTF-8", capsys, monkeypatch)
    assert "bad-problem" not in load_bank(root).problems


@pytest.mark.parametrize("name", ["rubrics/optimizers.yaml", "interviews/short.yaml", "notes/ch01.md"])
def test_a_non_utf8_rubric_loop_or_note_is_named(root: Path, name: str, capsys, monkeypatch) -> None:
    path = root / name
    path.write_bytes(path.read_bytes() + BAD_BYTES)
    assert_reported(root, name, "", "not valid UTF-8", capsys, monkeypatch)


def test_a_folder_named_problem_yaml_is_named(root: Path, capsys, monkeypatch) -> None:
    manifest = root / "problems" / "bad-problem" / "problem.yaml"
    manifest.unlink()
    manifest.mkdir()
    assert_reported(root, "problems/bad-problem/problem.yaml", "", "is a folder", capsys, monkeypatch)


def test_a_folder_named_like_a_rubric_file_is_named(root: Path, capsys, monkeypatch) -> None:
    (root / "rubrics" / "empty.yaml").mkdir()
    assert_reported(root, "rubrics/empty.yaml", "", "is a folder", capsys, monkeypatch,
                    still_loaded=lambda bank: bank.questions)


def test_a_test_file_symlinked_to_a_host_file_is_refused(root: Path, capsys, monkeypatch) -> None:
    secret = root.parent / "host-secret.txt"
    secret.write_text("root:hash:19000::::::\n")
    visible = root / "problems" / "bad-problem" / "test_visible.py"
    visible.unlink()
    visible.symlink_to(secret)
    assert_reported(root, "problems/bad-problem/problem.yaml", "tests.visible[0]",
                    "must stay inside the problem's folder", capsys, monkeypatch)
    assert "bad-problem" not in load_bank(root).problems


def test_a_test_path_climbing_out_of_the_problem_is_refused(root: Path, capsys, monkeypatch) -> None:
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "test_escape.py").write_text("def test_x():\n    pass\n")
    set_tests(root, "bad-problem", visible=["../../../outside/test_escape.py"])
    assert_reported(root, "problems/bad-problem/problem.yaml", "tests.visible[0]",
                    "must stay inside the problem's folder", capsys, monkeypatch)


def test_a_hidden_test_in_another_problem_is_refused(root: Path, capsys, monkeypatch) -> None:
    set_tests(root, "bad-problem", hidden=["test_hidden.py", "../good-problem/test_hidden.py"])
    assert_reported(root, "problems/bad-problem/problem.yaml", "tests.hidden[1]",
                    "must stay inside the problem's folder", capsys, monkeypatch)


@pytest.mark.parametrize("support", ["../good-problem/.meta/reference.py", ".meta/reference.py",
                                     "../_shared/.meta/reference.py"])
def test_a_support_path_to_a_reference_solution_is_refused(root: Path, support: str, capsys,
                                                           monkeypatch) -> None:
    shared_meta = root / "problems" / "_shared" / ".meta"
    shared_meta.mkdir(parents=True)
    (shared_meta / "reference.py").write_text("ANSWER = 42\n")
    set_tests(root, "bad-problem", support=[support])
    bank = load_bank(root)
    [error] = [e for e in bank.errors if e.field == "tests.support[0]"]
    assert error.file == "problems/bad-problem/problem.yaml"
    assert "bad-problem" not in bank.problems
    status, out = run_cli(root, "validate", "--no-run", capsys=capsys, monkeypatch=monkeypatch)
    assert status == 1 and "tests.support[0]" in out, out


def test_a_symlink_inside_the_problem_folder_is_fine(root: Path) -> None:
    folder = root / "problems" / "bad-problem"
    (folder / "test_again.py").symlink_to(folder / "test_visible.py")
    set_tests(root, "bad-problem", visible=["test_visible.py", "test_again.py"])
    bank = load_bank(root)
    assert bank.errors == [] and "bad-problem" in bank.problems


def test_a_missing_hidden_test_is_named_with_its_field(root: Path, capsys, monkeypatch) -> None:
    (root / "problems" / "bad-problem" / "test_hidden.py").unlink()
    assert_reported(root, "problems/bad-problem/problem.yaml", "tests.hidden[0]", "is missing",
                    capsys, monkeypatch)


def test_a_loop_that_cannot_be_assembled_is_not_offered(root: Path, capsys, monkeypatch) -> None:
    (root / "interviews" / "broken.yaml").write_text(LOOP.replace("good-problem", "no-such-problem"))
    assert_reported(root, "interviews/broken.yaml", "rounds[0].ids", "not in the bank", capsys,
                    monkeypatch, still_loaded=lambda bank: bank.loops["short"])
    assert "broken" not in load_bank(root).loops
    status, out = run_cli(root, "list", "loops", "--json", capsys=capsys, monkeypatch=monkeypatch)
    assert [row["id"] for row in json.loads(out)] == ["short"]


def test_a_missing_content_folder_is_an_error(tmp_path: Path) -> None:
    bank = load_bank(tmp_path / "nowhere")
    assert [e.message for e in bank.errors] == ["content folder does not exist"]


@pytest.mark.parametrize("command", [["validate", "--no-run"], ["list", "problems"]])
def test_the_cli_refuses_a_missing_or_empty_content_folder(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for folder, words in ((tmp_path / "nowhere", "does not exist"), (empty, "holds no content")):
        done = subprocess.run([sys.executable, "-m", "app.cli", "--content", str(folder), *command],
                              capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
                              env={**os.environ, "MOCKLOOP_CONTENT": ""}, check=False)
        assert done.returncode != 0, done.stdout
        assert words in done.stderr and str(folder) in done.stderr, done.stderr
        assert "All content is valid" not in done.stdout
