"""Per-problem limits that fit the problem, from the reference's recorded test durations.

`mockloop validate --record-timings` writes `.meta/timing.json` beside each reference:
{"version": 1, "tests": {"test_visible.py::test_x": 0.012, ...}, "caught_by": {"wrong.py": id}}
(caught_by: the hidden test that caught each known-wrong solution, which proofs try first).
With the durations, no test may take more than FLOOR_S plus TIMES_REFERENCE times the
reference's slowest test; the run's tests share a budget of FLOOR_S plus TIMES_REFERENCE times
the reference's total, and each still gets at least MIN_S plus TIMES_REFERENCE times its own
reference time once the budget is spent. So an infinite loop called by every test comes back
in about FLOOR_S, while a correct solution up to
TIMES_REFERENCE times slower than the reference never times out. The wall limit is the
interpreter/import allowance plus the most the tests can take together.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

from app.grading.report import GradeReport
from app.grading.sandbox import Limits

TIMING_FILE = Path(".meta") / "timing.json"
FLOOR_S = 2.0
MIN_S = 0.25
TIMES_REFERENCE = 10.0
IMPORT_ALLOWANCE_S = 10.0
# Recorded on warm workers; a cold sandbox pays lazy imports (torch._dynamo...) inside a test.
COLD_ALLOWANCE_S = 5.0


def read_timing(folder: Path) -> dict[str, float]:
    """Return the recorded per-test durations of the problem in `folder`, or {} without a file."""
    try:
        data = json.loads((folder / TIMING_FILE).read_text(encoding="utf-8"))
        tests = data["tests"]
        return {str(name): float(seconds) for name, seconds in tests.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def fitted_limits(base: Limits, timing: dict[str, float], test_files: list[str]) -> Limits:
    """Return `base` with the per-test and wall limits fitted to the run's tests."""
    run = [seconds for name, seconds in timing.items() if name.split("::", 1)[0] in test_files]
    if not run:
        return base
    per_test = round(FLOOR_S + TIMES_REFERENCE * max(run), 1)
    shared = round(FLOOR_S + TIMES_REFERENCE * sum(run), 2)
    floors = tuple((name, round(MIN_S + TIMES_REFERENCE * seconds, 2))
                   for name, seconds in sorted(timing.items()) if name.split("::", 1)[0] in test_files)
    # No test runs past max(its floor, what is left of the shared budget), so this bounds them all.
    wall = round(IMPORT_ALLOWANCE_S + min(per_test * len(run), shared + sum(f for _, f in floors)), 1)
    return dataclasses.replace(base, test_timeout_s=per_test, wall_s=wall, cpu_s=math.ceil(wall),
                               shared_budget_s=shared, test_floor_s=floors)


def for_cold(limits: Limits) -> Limits:
    """Give fitted limits room for the imports a cold sandbox pays inside the first test."""
    if limits.shared_budget_s is None:
        return limits
    return dataclasses.replace(
        limits, test_timeout_s=limits.test_timeout_s + COLD_ALLOWANCE_S,
        shared_budget_s=limits.shared_budget_s + COLD_ALLOWANCE_S,
        wall_s=limits.wall_s + COLD_ALLOWANCE_S, cpu_s=limits.cpu_s + math.ceil(COLD_ALLOWANCE_S))


def read_catches(folder: Path) -> dict[str, str]:
    """Return, per known-wrong file, the hidden test that caught it when timings were recorded."""
    try:
        data = json.loads((folder / TIMING_FILE).read_text(encoding="utf-8"))
        return {str(name): str(test) for name, test in data.get("caught_by", {}).items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def write_catches(folder: Path, catches: dict[str, str]) -> None:
    """Record which hidden test caught each known-wrong solution, beside the test durations."""
    path = folder / TIMING_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data["caught_by"] = dict(sorted(catches.items()))
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def write_timing(folder: Path, report: GradeReport) -> Path:
    """Record the durations of a passing reference run in the problem's `.meta/timing.json`."""
    path = folder / TIMING_FILE
    tests = {t.name: round(t.duration_s, 4) for t in report.tests}
    path.write_text(json.dumps({"version": 1, "tests": tests}, indent=1) + "\n", encoding="utf-8")
    return path
