"""Turn the child's event lines and how its process ended into a report for the candidate.

Total by design: any input, however malformed or forged, gives a report and never raises. Lines
without this run's nonce are dropped, and the stream is cross-checked (one collection, every
collected test reported exactly once, nothing reported that was not collected, a `done` event
whose pytest exit status agrees with the results) so a forged or tampered run is never a pass.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from app.grading.report import GradeReport, TestResult
from app.grading.sandbox import Limits, Outcome

CANCELLED = "Cancelled: the run was stopped before it finished."
# What a collected test that never ran says (a proof stops at its first failure, a run may break off).
NOT_RUN = "Not run: the test run stopped before reaching this test."


def read_events(text: str, nonce: str) -> list[dict]:
    """Parse the child's JSON lines, keeping only well-formed events that carry `nonce`."""
    events = []
    for line in text.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if (isinstance(event, dict) and isinstance(event.get("event"), str)
                and event.get("nonce") == nonce):
            events.append(event)
    return events


def error_report(message: str, duration_s: float = 0.0) -> GradeReport:
    """Return a report for a run that could not be graded at all."""
    return GradeReport(status="error", message=message, duration_s=round(duration_s, 3))


def interpret(events: list[dict], outcome: Outcome, limits: Limits) -> GradeReport:
    """Build a report from the child's events and how its process ended."""
    try:
        return _interpret(events, outcome, limits)
    except Exception as exc:  # a report is owed whatever the child sent
        return error_report(f"The grader could not read the test run's report ({exc!r}).",
                            outcome.wall_s)


def _interpret(events: list[dict], outcome: Outcome, limits: Limits) -> GradeReport:
    events, forked = _from_the_test_process(events)
    results: dict[str, TestResult] = {}
    collected: list[tuple[str, bool]] = []
    reported: Counter[str] = Counter()
    collections, running, run_error = 0, None, ""
    done: dict | None = None
    collect_failed = False
    for event in events:
        kind = event["event"]
        if kind == "collected":
            collections += 1
            collected = [(str(t["name"]), bool(t.get("hidden"))) for t in event.get("tests", [])
                         if isinstance(t, dict) and "name" in t]
        elif kind == "start":
            running = str(event.get("name", ""))
        elif kind == "test" and isinstance(event.get("name"), str):
            reported[event["name"]] += 1
            results[event["name"]] = _test_result(event)
            running = None
        elif kind == "collect_error":
            collect_failed = True
            name = str(event.get("name") or "collection")
            results[name] = TestResult(
                name=name, status="error", hidden=bool(event.get("hidden")),
                message=explain_collect_error(str(event.get("message", ""))),
            )
            run_error = run_error or results[name].message
        elif kind == "import_error":
            run_error = str(event.get("message", "Your code could not be imported."))
        elif kind == "interrupted" and not run_error:
            during = f" during {running}" if running else ""
            run_error = (f"Your code raised KeyboardInterrupt (or sent itself SIGINT){during}, which "
                         "stops the whole test run; raise an ordinary exception instead.")
            _blame(results, collected, running, run_error)
        elif kind == "done":
            done = event

    if done is not None and not run_error:
        problem = _inconsistency(collected, collections, reported, done, results, collect_failed,
                                 limits.max_failures)
        if problem:
            run_error = (f"The test run's report was inconsistent ({problem}); your code must "
                         "not write to the harness or change how tests are reported.")
    if done is None and not run_error:
        run_error = _abnormal_end(outcome, limits, running)
        _blame(results, collected, running, run_error)
    for name, hidden in collected:
        if name not in results:
            results[name] = TestResult(
                name=name, status="error", hidden=hidden,
                message=NOT_RUN,
            )
    if forked and not run_error:
        run_error = ("Your code started processes (os.fork) that went on running the tests; they were "
                     "ignored and stopped. Solve the task in this one process.")
    order = {name: i for i, (name, _) in enumerate(collected)}
    tests = sorted(results.values(), key=lambda t: order.get(t.name, len(order)))
    return GradeReport(
        status=_overall(tests, run_error), message=_summary(tests, run_error),
        duration_s=round(outcome.wall_s, 3), tests=tests,
    )


def _blame(results: dict[str, TestResult], collected: list[tuple[str, bool]], running: str | None,
           message: str) -> None:
    """Record the test that was running when the run broke off as an error with `message`."""
    if running:
        results[running] = TestResult(name=running, status="error", message=message,
                                      hidden=dict(collected).get(running, False))


def _from_the_test_process(events: list[dict]) -> tuple[list[dict], bool]:
    """Keep the events of the process that started the run; say whether forked copies sent more.

    A process the candidate's code forks inherits the harness and reports tests a second time.
    """
    pids = [event["pid"] for event in events if isinstance(event.get("pid"), int)]
    if not pids:
        return events, False
    first = pids[0]
    kept = [event for event in events if event.get("pid", first) == first]
    return kept, len(kept) < len(events)


def _inconsistency(collected: list[tuple[str, bool]], collections: int, reported: Counter,
                   done: dict, results: dict[str, TestResult], collect_failed: bool,
                   max_failures: int = 0) -> str:
    """Say what does not add up in a finished run's events, or return ''."""
    names = {name for name, _ in collected}
    if collections != 1:
        return f"{collections} collection reports"
    twice = [name for name, count in reported.items() if count > 1]
    if twice:
        return f"{twice[0]} reported {reported[twice[0]]} times"
    stray = [name for name in reported if name not in names]
    if stray:
        return f"{stray[0]} reported but never collected"
    if collect_failed:
        return ""
    missing = [name for name in names if name not in reported]
    failures = sum(results[name].status != "pass" for name in names if name in reported)
    stopped = max_failures > 0 and failures >= max_failures  # pytest --maxfail ended the run
    if missing and not stopped:
        return f"{len(missing)} collected test(s) never reported"
    failed = done.get("failed")
    if isinstance(failed, int) and (failed > 0) != (failures > 0):
        return "pytest's own count of failures disagrees with the reported results"
    return ""


def _test_result(event: dict) -> TestResult:
    status = event.get("status")
    try:
        duration = float(event.get("duration_s", 0.0))
    except (TypeError, ValueError):
        duration = 0.0
    return TestResult(
        name=str(event["name"]),
        status=status if status in ("pass", "fail", "error") else "error",
        message=str(event.get("message", "")),
        hidden=bool(event.get("hidden")),
        duration_s=duration,
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


def explain_collect_error(message: str) -> str:
    """Say in plain words why the tests could not load the candidate's code (no sandbox paths)."""
    missing = re.search(r"cannot import name '(\w+)' from 'solution'", message)
    if missing:
        return (f"Your code does not define `{missing.group(1)}`, which the tests import. Did you rename "
                "or delete it? Keep the names the starter code gives.")
    cleaned = re.sub(r"/mockloop/jobs/job-[0-9a-f]+/", "", message)
    cleaned = "\n".join(line for line in cleaned.splitlines()
                        if "make sure your test modules/packages have valid Python names" not in line)
    return "The tests could not be loaded: " + cleaned.strip()
