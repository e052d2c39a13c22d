"""The Grader: warm parents that survive hostile code, cancel, retries and fitted limits."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.content.loader import load_bank
from app.grading import sandbox, timing, verdict
from app.grading.grader import grade, grade_source
from app.grading.pool import Grader, GraderSettings
from app.grading.sandbox import Limits, Outcome
from app.paths import PROJECT_ROOT

SCENARIOS = Path(__file__).parent / "scenarios"
TESTS = [(SCENARIOS / "_tests" / "test_visible.py", False), (SCENARIOS / "_tests" / "test_hidden.py", True)]
LIMITS = Limits(wall_s=20, cpu_s=20, memory_mb=1024, test_timeout_s=10)
CORRECT = (SCENARIOS / "all_pass" / "solution.py").read_text()
SLOW_CORRECT = "import time\n\n" + CORRECT.replace("    return a + b",
                                                  "    time.sleep(1.5)\n    return a + b")
LOOPING = (SCENARIOS / "infinite_loop" / "solution.py").read_text()
needs_namespaces = pytest.mark.skipif(not sandbox.detect_isolation().namespaces,
                                      reason="warm parents need bubblewrap")


@needs_namespaces
def test_a_parent_killed_mid_grade_still_gives_a_correct_report() -> None:
    with Grader(GraderSettings(workers=1)) as grader:
        grader.grade_source(CORRECT, TESTS, LIMITS)  # wait until the parent is warm
        [victim] = grader.parent_pids()
        threading.Timer(0.7, os.killpg, (victim, signal.SIGKILL)).start()
        report = grader.grade_source(SLOW_CORRECT, TESTS, LIMITS)
        assert report.status == "pass", report.message
        assert report.passed == 3
        deadline = time.monotonic() + 60
        while not grader.parent_pids() or victim in grader.parent_pids():
            assert time.monotonic() < deadline, "the killed parent was not replaced"
            time.sleep(0.1)
        assert grader.grade_source(CORRECT, TESTS, LIMITS).status == "pass"


@pytest.mark.parametrize("mode", ["cold", "warm"])
def test_a_cancelled_grade_returns_promptly(mode: str, warm_grader) -> None:
    if mode == "warm" and not warm_grader.warm:
        pytest.skip("warm parents need bubblewrap")
    if mode == "warm":
        warm_grader.grade_source(CORRECT, TESTS, LIMITS)
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()
    started = time.monotonic()
    if mode == "cold":
        report = grade_source(LOOPING, TESTS, LIMITS, cancel=cancel)
    else:
        report = warm_grader.grade_source(LOOPING, TESTS, LIMITS, cancel=cancel)
    assert report.status == "error"
    assert report.message.startswith("Cancelled")
    assert time.monotonic() - started < 3.0


@needs_namespaces
def test_concurrent_grades_from_many_threads_are_all_correct(warm_grader) -> None:
    sources = [CORRECT, (SCENARIOS / "partial" / "solution.py").read_text()] * 4
    with ThreadPoolExecutor(8) as pool:
        reports = list(pool.map(lambda s: warm_grader.grade_source(s, TESTS, LIMITS), sources))
    assert [r.status for r in reports] == ["pass", "fail"] * 4


def test_malformed_and_foreign_events_never_raise_or_pass() -> None:
    outcome = Outcome(returncode=0, timed_out=False, wall_s=0.1, stdout="", stderr="")
    for events in ([{"event": "test"}], [{"event": "collected", "tests": 3}, {"event": "done"}],
                   [{"event": "test", "name": "t::x", "status": "pass"}, {"event": "done"}]):
        report = verdict.interpret(events, outcome, LIMITS)
        assert report.status == "error"
    raw = '{"event": "done", "nonce": "other"}\nnot json\n{"event": "done", "nonce": "n"}\n'
    assert verdict.read_events(raw, "n") == [{"event": "done", "nonce": "n"}]


def test_a_disagreeing_failure_count_is_not_a_pass() -> None:
    outcome = Outcome(returncode=0, timed_out=False, wall_s=0.1, stdout="", stderr="")
    events = [{"event": "collected", "tests": [{"name": "t.py::a"}]},
              {"event": "test", "name": "t.py::a", "status": "pass"},
              {"event": "done", "exitstatus": 1, "failed": 1}]
    report = verdict.interpret(events, outcome, LIMITS)
    assert report.status == "error" and "inconsistent" in report.message


def test_a_run_stopped_at_its_first_failure_is_a_fail_and_otherwise_a_forgery() -> None:
    outcome = Outcome(returncode=1, timed_out=False, wall_s=0.1, stdout="", stderr="")
    collected = {"event": "collected", "tests": [{"name": "t.py::a"}, {"name": "t.py::b"}]}
    stopped = [collected, {"event": "test", "name": "t.py::a", "status": "fail", "message": "no"},
               {"event": "done", "exitstatus": 1, "failed": 1}]
    fail_fast = Limits(test_timeout_s=10, max_failures=1)
    report = verdict.interpret(stopped, outcome, fail_fast)
    assert report.status == "fail", report.message
    assert report.tests[1].message.startswith("Not run")
    # Without --maxfail, or with no failure to stop at, a test that never reports is a forgery.
    assert "inconsistent" in verdict.interpret(stopped, outcome, LIMITS).message
    passed = [collected, {"event": "test", "name": "t.py::a", "status": "pass"},
              {"event": "done", "exitstatus": 0, "failed": 0}]
    assert verdict.interpret(passed, outcome, fail_fast).status == "error"


@pytest.mark.parametrize("mode", ["cold", "warm"])
def test_max_failures_stops_the_real_run_at_the_first_failure(mode: str, warm_grader) -> None:
    if mode == "warm" and not warm_grader.warm:
        pytest.skip("warm parents need bubblewrap")
    failing = "def add(a, b):\n    return None\n\n\ndef shout(text):\n    return None\n"
    limits = dataclasses.replace(LIMITS, max_failures=1)
    run = grade_source if mode == "cold" else warm_grader.grade_source
    report = run(failing, TESTS, limits)
    assert report.status == "fail", report.message
    assert [t.status for t in report.tests][0] == "fail"
    assert all(t.message.startswith("Not run") for t in report.tests[1:])
    assert {t.status for t in run(failing, TESTS, LIMITS).tests} == {"fail"}


def test_host_side_failures_become_error_reports(tmp_path, warm_grader) -> None:
    missing = [(tmp_path / "test_missing.py", False)]
    for report in (grade_source(CORRECT, missing, LIMITS),
                   warm_grader.grade_source(CORRECT, missing, LIMITS)):
        assert report.status == "error"
        assert "could not run your code" in report.message
    assert warm_grader.grade_source(CORRECT, TESTS, LIMITS).status == "pass"


def test_oversized_source_is_refused_with_a_clear_message(warm_grader) -> None:
    source = "x = 1\n" * 50_000
    for report in (grade_source(source, TESTS, LIMITS), warm_grader.grade_source(source, TESTS, LIMITS)):
        assert report.status == "error"
        assert "limited to 256 KB" in report.message


def test_settings_come_from_the_environment_only_when_asked() -> None:
    settings = GraderSettings.from_env({"MOCKLOOP_GRADER": "cold", "MOCKLOOP_GRADER_WORKERS": "3"})
    assert (settings.mode, settings.workers) == ("cold", 3)
    assert GraderSettings.from_env({}, workers=5).workers == 5
    assert GraderSettings(mode="warm", workers=2).workers == 2


def test_fitted_limits_follow_the_reference_with_a_floor() -> None:
    recorded = {"test_visible.py::test_a": 0.01, "test_visible.py::test_b": 0.3,
                "test_hidden.py::test_c": 4.0}
    visible = timing.fitted_limits(Limits(), recorded, ["test_visible.py"])
    assert visible.test_timeout_s == 5.0
    assert visible.shared_budget_s == 2.0 + 10 * 0.31
    assert dict(visible.test_floor_s) == {"test_visible.py::test_a": 0.35, "test_visible.py::test_b": 3.25}
    assert visible.wall_s == round(timing.IMPORT_ALLOWANCE_S + 5.1 + 0.35 + 3.25, 1)
    both = timing.fitted_limits(Limits(), recorded, ["test_visible.py", "test_hidden.py"])
    assert both.test_timeout_s == 42.0
    assert timing.fitted_limits(Limits(), {}, ["test_visible.py"]) == Limits()
    cold = timing.for_cold(visible)
    assert cold.shared_budget_s == visible.shared_budget_s + timing.COLD_ALLOWANCE_S
    assert timing.for_cold(Limits()) == Limits()


def test_an_infinite_loop_in_a_timed_plain_problem_comes_back_in_seconds(tmp_path, warm_grader):
    shutil.copytree(PROJECT_ROOT / "problems" / "prefix-sum-inplace",
                    tmp_path / "problems" / "prefix-sum-inplace")
    problem = load_bank(tmp_path).problems["prefix-sum-inplace"]
    reference = grade(problem, problem.reference_path.read_text(), True)
    timing.write_timing(problem.folder, reference)
    assert json.loads((problem.folder / timing.TIMING_FILE).read_text())["version"] == 1
    loop = "def prefix_sum_inplace(arr):\n    while True:\n        pass\n"
    warm_grader.grade(problem, problem.starter, False)
    report = warm_grader.grade(problem, loop, False)
    assert report.status == "fail", report.message
    assert all("took longer than" in t.message for t in report.tests)
    # The limits themselves, not a stopwatch (the bench measures the time: about 2.5 s idle).
    stated = [float(re.search(r"took longer than ([0-9.]+) s", t.message).group(1)) for t in report.tests]
    assert sum(stated) < 5.0, f"the tests' fitted limits add up to {sum(stated):.1f} s (the old ones: 20 s)"


def test_the_project_is_hidden_even_under_usr(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sandbox, "PROJECT_ROOT", Path("/usr/share"))
    args = sandbox.bwrap_prefix(tmp_path, 16)
    assert args[args.index("/usr/share") - 1] == "--tmpfs"
    assert args.index("--ro-bind") < args.index("/usr/share")


def test_stale_run_folders_of_dead_processes_are_swept() -> None:
    dead = 2**22 + 12345  # above any pid_max in use
    stale = Path(tempfile.mkdtemp(prefix=f"{sandbox.RUN_PREFIX}{dead}-"))
    live = Path(tempfile.mkdtemp(prefix=f"{sandbox.RUN_PREFIX}{os.getpid()}-"))
    try:
        sandbox.sweep_stale.cache_clear()
        sandbox.sweep_stale()
        assert not stale.exists()
        assert live.exists()
    finally:
        shutil.rmtree(live, ignore_errors=True)
        shutil.rmtree(stale, ignore_errors=True)
