"""Golden scenarios: every way a submission can go wrong comes back as a readable result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.grading import sandbox
from app.grading.grader import grade_source
from app.grading.sandbox import Limits

SCENARIOS = Path(__file__).parent / "scenarios"
TESTS = [(SCENARIOS / "_tests" / "test_visible.py", False), (SCENARIOS / "_tests" / "test_hidden.py", True)]
# Tight limits keep the hostile scenarios quick; they are still the real sandbox.
LIMITS = Limits(wall_s=12, cpu_s=12, memory_mb=1024, test_timeout_s=2)
NEEDS_PROCESS_BOUND = {"fork_bomb"}


def scenario_names() -> list[str]:
    return sorted(p.name for p in SCENARIOS.iterdir() if p.is_dir() and not p.name.startswith("_"))


@pytest.mark.parametrize("name", scenario_names())
def test_scenario_matches_its_golden_report(name: str) -> None:
    isolation = sandbox.detect_isolation()
    if name in NEEDS_PROCESS_BOUND and not (isolation.pids_cgroup or isolation.nproc_rlimit):
        pytest.skip("no process bound on this machine (root without a writable pids cgroup)")
    folder = SCENARIOS / name
    expected = json.loads((folder / "expected.json").read_text())
    report = grade_source((folder / "solution.py").read_text(), TESTS, LIMITS)

    assert report.status == expected["status"], report.message
    assert expected["message"] in report.message
    statuses = {t.name: t.status for t in report.tests}
    assert statuses == expected["tests"], report.message
    for test_name, fragment in expected.get("test_messages", {}).items():
        message = next(t.message for t in report.tests if t.name == test_name)
        assert fragment in message, f"{test_name}: {message!r}"
    assert {t.name for t in report.tests if t.hidden} <= {"test_hidden.py::test_add_negative_numbers"}
    assert report.duration_s < LIMITS.wall_s + 5, "the run must end within the wall limit"
