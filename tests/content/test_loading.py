"""A broken content file names its file and field, and everything else still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from app.content.assembly import check_loop
from app.content.loader import load_bank
from app.paths import PROJECT_ROOT

EXAMPLE = PROJECT_ROOT / "problems" / "prefix-sum-inplace"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Return a content root holding two copies of the example problem and one rubric file."""
    for slug in ("good-problem", "bad-problem"):
        shutil.copytree(EXAMPLE, tmp_path / "problems" / slug)
        manifest = tmp_path / "problems" / slug / "problem.yaml"
        data = yaml.safe_load(manifest.read_text())
        data["id"] = slug
        data.pop("chapter", None)
        manifest.write_text(yaml.safe_dump(data))
    (tmp_path / "rubrics").mkdir()
    shutil.copy(PROJECT_ROOT / "rubrics" / "optimizers.yaml", tmp_path / "rubrics" / "optimizers.yaml")
    (tmp_path / "interviews").mkdir()
    return tmp_path


def edit_manifest(root: Path, slug: str, change) -> None:
    path = root / "problems" / slug / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data))


def only_error(root: Path):
    bank = load_bank(root)
    assert len(bank.errors) == 1, [str(e) for e in bank.errors]
    assert "good-problem" in bank.problems, "a broken neighbour must not stop a good problem loading"
    return bank.errors[0]


def test_clean_content_loads_without_errors(root: Path) -> None:
    bank = load_bank(root)
    assert bank.errors == []
    assert set(bank.problems) == {"good-problem", "bad-problem"}
    assert len(bank.questions) == 7


def test_unknown_key_is_named(root: Path) -> None:
    edit_manifest(root, "bad-problem", lambda d: d.update(difficulty_level="easy"))
    error = only_error(root)
    assert error.file == "problems/bad-problem/problem.yaml"
    assert error.field == "difficulty_level"
    assert "unknown key" in error.message


def test_missing_field_is_named(root: Path) -> None:
    edit_manifest(root, "bad-problem", lambda d: d.pop("title"))
    error = only_error(root)
    assert (error.file, error.field) == ("problems/bad-problem/problem.yaml", "title")
    assert "required" in error.message


def test_wrong_type_is_named(root: Path) -> None:
    edit_manifest(root, "bad-problem", lambda d: d.update(minutes="a quarter hour"))
    error = only_error(root)
    assert error.field == "minutes"
    assert "integer" in error.message


def test_bad_enum_value_lists_the_choices(root: Path) -> None:
    edit_manifest(root, "bad-problem", lambda d: d.update(difficulty="brutal"))
    error = only_error(root)
    assert error.field == "difficulty"
    assert "'easy', 'medium' or 'hard'" in error.message


def test_missing_file_is_named(root: Path) -> None:
    (root / "problems" / "bad-problem" / ".meta" / "reference.py").unlink()
    error = only_error(root)
    assert error.file == "problems/bad-problem/.meta/reference.py"
    assert error.message == "file is missing"


def test_invalid_yaml_gives_the_line(root: Path) -> None:
    (root / "problems" / "bad-problem" / "problem.yaml").write_text("id: bad-problem\ntitle: [unclosed\n")
    error = only_error(root)
    assert error.file == "problems/bad-problem/problem.yaml"
    assert "not valid YAML (line" in error.message


def test_one_bad_question_does_not_hide_the_others(root: Path) -> None:
    path = root / "rubrics" / "optimizers.yaml"
    data = yaml.safe_load(path.read_text())
    data["questions"][2]["criteria"][0]["points"] = "lots"
    path.write_text(yaml.safe_dump(data))
    bank = load_bank(root)
    assert [str(e) for e in bank.errors] == [
        "rubrics/optimizers.yaml: field 'questions[2](optimizers-adam-components).criteria[0].points': "
        "Input should be a valid integer, unable to parse string as an integer"
    ]
    assert len(bank.questions) == 6


def test_id_must_match_folder(root: Path) -> None:
    edit_manifest(root, "bad-problem", lambda d: d.update(id="another-name"))
    error = only_error(root)
    assert error.field == "id"
    assert "folder name" in error.message


def test_loop_naming_a_missing_item_is_reported_and_not_offered(root: Path) -> None:
    (root / "interviews" / "broken.yaml").write_text(
        "title: Broken\nminutes: 30\nrounds:\n"
        "  - {kind: coding, minutes: 20, ids: [no-such-problem]}\n"
        "  - {kind: concept, minutes: 5, ids: [optimizers-warmup]}\n"
    )
    (root / "interviews" / "fine.yaml").write_text(
        "title: Fine\nminutes: 30\nrounds:\n  - {kind: coding, minutes: 20, ids: [good-problem]}\n"
    )
    bank = load_bank(root)
    assert [str(e) for e in bank.errors] == [
        "interviews/broken.yaml: field 'rounds[0].ids': 'no-such-problem' is not in the bank"
    ]
    assert "broken" not in bank.loops, "a loop that cannot be assembled must not be offered"
    assert check_loop(bank, bank.loops["fine"]) == []


def test_loop_over_its_time_budget_is_rejected(root: Path) -> None:
    (root / "interviews" / "long.yaml").write_text(
        "title: Too long\nminutes: 10\nrounds:\n  - {kind: concept, minutes: 15, ids: [optimizers-warmup]}\n"
    )
    bank = load_bank(root)
    assert "long" not in bank.loops
    assert any("more than the loop's 10" in e.message for e in bank.errors)


def test_support_files_may_be_shared_but_must_stay_inside_problems(root: Path) -> None:
    shared = root / "problems" / "_shared"
    shared.mkdir()
    (shared / "_helpers.py").write_text("VALUE = 1\n")
    edit_manifest(root, "good-problem", lambda d: d.update(tests={**d.get("tests", {}),
                                                                 "support": ["../_shared/_helpers.py"]}))
    edit_manifest(root, "bad-problem", lambda d: d.update(tests={**d.get("tests", {}),
                                                                "support": ["../../pyproject.toml"]}))
    (root / "pyproject.toml").write_text("")
    error = only_error(root)
    assert (error.file, error.field) == ("problems/bad-problem/problem.yaml", "tests.support[0]")
    assert "_shared" not in load_bank(root).problems, "the shared folder is not a problem"
