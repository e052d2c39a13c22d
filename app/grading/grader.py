"""Grade a candidate's source against a problem's tests in the sandbox; always return a report."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import tempfile
from pathlib import Path

from app.content.loader import Problem
from app.grading import sandbox
from app.grading.report import GradeReport, TestResult
from app.grading.sandbox import Limits, Outcome

CHILD_DIR = Path(__file__).parent / "child"
CHILD_FILES = ("mockloop_child.py", "mockloop_plugin.py")


def limits_for(problem: Problem, base: Limits | None = None) -> Limits:
    """Return the default limits with the problem's own overrides applied."""
    base = base or Limits()
    overrides = {k: v for k, v in problem.manifest.limits.model_dump().items() if v is not None}
    if "wall_s" in overrides:
        overrides.setdefault("cpu_s", int(overrides["wall_s"]))
    return dataclasses.replace(base, **overrides)


def grade(
    problem: Problem, source: str, include_hidden: bool, limits: Limits | None = None
) -> GradeReport:
    """Run `source` as the candidate's `solution.py` against the problem's tests."""
    tests = problem.test_paths(include_hidden)
    support = [problem.folder / name for name in problem.manifest.tests.support]
    report = grade_source(source, tests, limits_for(problem, limits), support)
    return dataclasses.replace(report, problem_id=problem.id, include_hidden=include_hidden)


def grade_source(
    source: str,
    tests: list[tuple[Path, bool]],
    limits: Limits | None = None,
    support: list[Path] | None = None,
) -> GradeReport:
    """Grade `source` against explicit test files given as (path, hidden) pairs."""
    limits = limits or Limits()
    isolation = sandbox.detect_isolation().describe()
    tmp = Path(tempfile.mkdtemp(prefix="mockloop-grade-"))
    try:
        work = tmp / "work"
        work.mkdir()
        config = _prepare(work, source, tests, support or [], limits)
        argv = [sys.executable, "-s", "-B", str(work / "mockloop_child.py"), str(config)]
        outcome = sandbox.run(argv, work, limits, _child_env(work))
        events = _read_events(work / ".mockloop-report.jsonl")
        report = _interpret(events, outcome, limits)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dataclasses.replace(report, isolation=isolation)


def _prepare(
    work: Path, source: str, tests: list[tuple[Path, bool]], support: list[Path], limits: Limits
) -> Path:
    (work / "solution.py").write_text(source, encoding="utf-8")
    (work / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    for name in CHILD_FILES:
        shutil.copy(CHILD_DIR / name, work / name)
    for path in support:
        shutil.copy(path, work / path.name)
    names, hidden = [], []
    for path, is_hidden in tests:
        shutil.copy(path, work / path.name)
        names.append(path.name)
        if is_hidden:
            hidden.append(path.name)
    config = {
        "report": str(work / ".mockloop-report.jsonl"),
        "tests": names,
        "hidden": hidden,
        "test_timeout_s": limits.test_timeout_s,
        # Importing numpy or torch can take seconds on a busy machine; the wall limit still rules.
        "import_timeout_s": max(limits.test_timeout_s, limits.wall_s * 0.75),
    }
    path = work / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def _child_env(work: Path) -> dict[str, str]:
    one_thread = {k: "1" for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(work),
        "TMPDIR": str(work),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTHONWARNINGS": "ignore",
        **one_thread,
    }


def _read_events(path: Path) -> list[dict]:
    """Read the child's JSON lines, skipping anything that is not a well-formed event."""
    events = []
    if not path.is_file():
        return events
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(event, dict) and isinstance(event.get("event"), str):
            events.append(event)
    return events


def _interpret(events: list[dict], outcome: Outcome, limits: Limits) -> GradeReport:
    """Build a report from the child's events and how its process ended."""
    results: dict[str, TestResult] = {}
    collected: list[tuple[str, bool]] = []
    running: str | None = None
    run_error = ""
    finished = False
    for event in events:
        kind = event["event"]
        if kind == "collected":
            collected = [(t["name"], bool(t["hidden"])) for t in event.get("tests", [])]
        elif kind == "start":
            running = str(event.get("name", ""))
        elif kind == "test":
            results[str(event["name"])] = _test_result(event)
            running = None
        elif kind == "collect_error":
            name = str(event.get("name") or "collection")
            results[name] = TestResult(
                name=name, status="error", hidden=bool(event.get("hidden")),
                message="The tests could not be loaded: " + str(event.get("message", "")),
            )
            run_error = run_error or results[name].message
        elif kind == "import_error":
            run_error = str(event.get("message", "Your code could not be imported."))
        elif kind == "done":
            finished = True

    if not finished and not run_error:
        run_error = _abnormal_end(outcome, limits, running)
        if running:
            hidden = dict(collected).get(running, False)
            results[running] = TestResult(name=running, status="error", message=run_error,
                                          hidden=hidden)
    for name, hidden in collected:
        if name not in results:
            results[name] = TestResult(
                name=name, status="error", hidden=hidden,
                message="Not run: the test run stopped before reaching this test.",
            )
    order = {name: i for i, (name, _) in enumerate(collected)}
    tests = sorted(results.values(), key=lambda t: order.get(t.name, len(order)))
    return GradeReport(
        status=_overall(tests, run_error), message=_summary(tests, run_error),
        duration_s=round(outcome.wall_s, 3), tests=tests,
    )


def _test_result(event: dict) -> TestResult:
    status = event.get("status")
    return TestResult(
        name=str(event["name"]),
        status=status if status in ("pass", "fail", "error") else "error",
        message=str(event.get("message", "")),
        hidden=bool(event.get("hidden")),
        duration_s=float(event.get("duration_s", 0.0)),
        output=str(event.get("output", "")),
    )


def _abnormal_end(outcome: Outcome, limits: Limits, running: str | None) -> str:
    """Explain, for the candidate, why the run ended without a complete report."""
    during = f" during {running}" if running else ""
    signal_name = outcome.signal_name
    if outcome.timed_out:
        return (f"Time limit exceeded: the run was stopped after {limits.wall_s:g} s{during}. "
                "Look for an infinite loop or an algorithm slower than the prompt asks for.")
    if signal_name == "SIGXCPU":
        return f"CPU time limit ({limits.cpu_s} s) exceeded{during}."
    if signal_name == "SIGKILL":
        return (f"The run was killed{during}, most likely for using too much memory "
                f"(limit {limits.memory_mb} MB).")
    if signal_name == "SIGXFSZ":
        return f"Your code wrote more than {limits.file_mb} MB of output{during}."
    if signal_name:
        return f"The test process crashed with {signal_name}{during}."
    tail = outcome.stderr.strip().splitlines()[-3:]
    detail = ("\n" + "\n".join(tail)) if tail else ""
    return (f"The test process ended early with exit code {outcome.returncode}{during} "
            f"before reporting results (did your code call os._exit() or exit()?).{detail}")


def _overall(tests: list[TestResult], run_error: str) -> str:
    if run_error or not tests:
        return "error"
    return "pass" if all(t.status == "pass" for t in tests) else "fail"


def _summary(tests: list[TestResult], run_error: str) -> str:
    if run_error:
        return run_error
    if not tests:
        return "No tests ran: the problem's test files collected nothing."
    passed = sum(t.status == "pass" for t in tests)
    if passed == len(tests):
        return f"All {len(tests)} tests passed."
    return f"{passed} of {len(tests)} tests passed."
