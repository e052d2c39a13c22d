"""Golden scenarios: every way a submission can go wrong comes back as a readable result.

Each scenario is graded cold (a fresh sandbox) and warm (a forked child of a warm parent); both
must match the golden report, agree with each other (durations aside) and leave nothing behind.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.grading import sandbox
from app.grading.grader import grade_source
from app.grading.report import GradeReport
from app.grading.sandbox import Limits

SCENARIOS = Path(__file__).parent / "scenarios"
TESTS = [(SCENARIOS / "_tests" / "test_visible.py", False), (SCENARIOS / "_tests" / "test_hidden.py", True)]
# Tight limits keep the hostile scenarios quick; they are still the real sandbox.
LIMITS = Limits(wall_s=12, cpu_s=12, memory_mb=1024, test_timeout_s=2)
NEEDS_PROCESS_BOUND = {"fork_bomb"}
NEEDS_NAMESPACES = {"disk_flood"}
# Under heavy load a fork bomb's later tests may hit the time limit instead of the process bound.
LOAD_DEPENDENT = {"fork_bomb"}


def scenario_names() -> list[str]:
    return sorted(p.name for p in SCENARIOS.iterdir() if p.is_dir() and not p.name.startswith("_"))


def check_golden(report: GradeReport, expected: dict) -> None:
    assert report.status == expected["status"], report.message
    assert expected["message"] in report.message
    statuses = {t.name: t.status for t in report.tests}
    assert statuses == expected["tests"], report.message
    for test_name, fragment in expected.get("test_messages", {}).items():
        message = next(t.message for t in report.tests if t.name == test_name)
        assert fragment in message, f"{test_name}: {message!r}"
    assert {t.name for t in report.tests if t.hidden} <= {"test_hidden.py::test_add_negative_numbers"}
    assert report.duration_s < LIMITS.wall_s + 5, "the run must end within the wall limit"


def without_durations(report: GradeReport) -> dict:
    data = dataclasses.replace(report, duration_s=0.0,
                               tests=[dataclasses.replace(t, duration_s=0.0) for t in report.tests])
    return data.to_dict()


@pytest.mark.parametrize("name", scenario_names())
def test_scenario_matches_its_golden_report_cold_and_warm(name: str, warm_grader, tree,
                                                          leftovers) -> None:
    isolation = sandbox.detect_isolation()
    if name in NEEDS_PROCESS_BOUND and not (isolation.pids_cgroup or isolation.nproc_rlimit):
        pytest.skip("no process bound on this machine (root without a writable pids cgroup)")
    if name in NEEDS_NAMESPACES and not isolation.namespaces:
        pytest.skip("the size-limited tmpfs needs bubblewrap")
    folder = SCENARIOS / name
    expected = json.loads((folder / "expected.json").read_text())
    source = (folder / "solution.py").read_text()
    before = set(leftovers())

    cold = grade_source(source, TESTS, LIMITS)
    check_golden(cold, expected)
    warm = warm_grader.grade_source(source, TESTS, LIMITS)
    check_golden(warm, expected)
    if name in LOAD_DEPENDENT:
        assert [t.status for t in warm.tests] == [t.status for t in cold.tests]
    else:
        assert without_durations(warm) == without_durations(cold)

    parents = before | {str(p.root) for p in warm_grader.parents()}
    parents |= {str(p.cgroup) for p in warm_grader.parents()}
    assert leftovers(exclude=parents) == [], "a run folder or cgroup was left behind"
    for pid in warm_grader.parent_pids():
        # Outside bwrap, inside: bwrap's init and the parent; nothing the candidate started.
        assert len(tree(pid)) <= 2, f"processes left in a warm parent: {tree(pid)}"
