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


def test_no_solution_fails_for_a_typo_instead_of_its_mistake():
    """A wrong solution that cannot even run (a syntax error, a name never imported) is caught by
    any test, so it proves nothing; references, starters and alternatives must not have one either."""
    import shutil
    import subprocess
    import sys

    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is installed with the dev dependencies"
    run = subprocess.run([ruff, "check", "--isolated", "--no-cache", "--select", "E9,F63,F7,F82",
                          "--output-format", "concise", str(ROOT / "problems")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
