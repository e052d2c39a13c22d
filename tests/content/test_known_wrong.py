"""Every problem keeps known-wrong solutions (and validate proves a hidden test catches each)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBLEMS = sorted(p for p in (ROOT / "problems").iterdir()
                  if p.is_dir() and not p.name.startswith(("_", ".")))


@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_each_problem_has_at_least_three_named_wrong_solutions(folder: Path):
    wrong = sorted((folder / ".meta" / "wrong").glob("*.py"))
    assert len(wrong) >= 3, f"{folder.name} needs at least 3 known-wrong solutions in .meta/wrong/"
    for path in wrong:
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("#"), f"{path.name} must start with a comment naming its mistake"
