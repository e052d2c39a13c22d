"""Per-problem limits that fit the problem, from the reference's recorded test durations.

`mockloop validate --record-timings` writes `.meta/timing.json` beside each reference:
{"version": 1, "tests": {"test_visible.py::test_x": 0.012, ...}}. With it, a test may take
FLOOR_S plus TIMES_REFERENCE times the reference's slowest test, and the wall limit is the
interpreter/import allowance plus that budget for every test in the run.
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
TIMES_REFERENCE = 10.0
IMPORT_ALLOWANCE_S = 10.0


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
    wall = round(IMPORT_ALLOWANCE_S + per_test * len(run), 1)
    return dataclasses.replace(base, test_timeout_s=per_test, wall_s=wall, cpu_s=math.ceil(wall))


def write_timing(folder: Path, report: GradeReport) -> Path:
    """Record the durations of a passing reference run in the problem's `.meta/timing.json`."""
    path = folder / TIMING_FILE
    tests = {t.name: round(t.duration_s, 4) for t in report.tests}
    path.write_text(json.dumps({"version": 1, "tests": tests}, indent=1) + "\n", encoding="utf-8")
    return path
