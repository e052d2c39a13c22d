"""Pytest plugin run inside the sandbox: reports each test as one JSON line over a pipe.

This file is loaded by the in-sandbox parent before any candidate code runs and must not import
anything from `app`. Events go to an inherited file descriptor, never a file, and each carries a
per-run nonce that exists only in this process's memory: a line the candidate writes to the pipe
without it is dropped by the grader.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import time

import pytest

MESSAGE_LIMIT = 1500
OUTPUT_LIMIT = 2000


class TestTimeout(BaseException):
    """Raised in a test that runs past its time; a BaseException so `except Exception` can't eat it."""


def cut(text: str, limit: int) -> str:
    """Shorten `text` to `limit` characters, saying that it was cut."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n... ({len(text) - limit} more characters cut)"


def explain_exception(exc: BaseException, disk_mb: int) -> str:
    """Turn an exception from the candidate's code into a sentence for the candidate."""
    if isinstance(exc, TestTimeout):
        return str(exc)
    if isinstance(exc, SystemExit):
        return f"Your code called sys.exit({exc.code!r}); return a value instead of exiting."
    if isinstance(exc, MemoryError):
        return "Your code ran out of memory (MemoryError): it allocated more than the limit allows."
    if isinstance(exc, OSError) and exc.errno == errno.EFBIG:
        return "Your code wrote more output than allowed; print less."
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return (f"Your code wrote more than the {disk_mb} MB of disk a run may use "
                "(files and /tmp together); write less.")
    if isinstance(exc, RecursionError):
        return "RecursionError: maximum recursion depth exceeded (is there a missing base case?)"
    return ""


class Recorder:
    """Write start/result events for each test to the events pipe as they happen."""

    def __init__(self, events_fd: int, nonce: str, hidden_files: set[str], test_timeout_s: float,
                 disk_mb: int, shared_budget_s: float | None = None,
                 test_floor_s: dict[str, float] | None = None):
        self.events_fd = events_fd
        self.shared_budget_s = shared_budget_s
        self.test_floor_s = test_floor_s or {}
        self.spent_s = 0.0
        self.nonce = nonce
        self.hidden_files = hidden_files
        self.test_timeout_s = test_timeout_s
        self.disk_mb = disk_mb
        self.results: dict[str, dict] = {}

    def emit(self, event: dict) -> None:
        # The pid tells the host which events a process forked by the candidate's code sent.
        data = (json.dumps({**event, "nonce": self.nonce, "pid": os.getpid()}) + "\n").encode()
        while data:
            try:
                data = data[os.write(self.events_fd, data):]
            except InterruptedError:
                continue
            except OSError:
                return

    def _hidden(self, nodeid: str) -> bool:
        return nodeid.split("::", 1)[0] in self.hidden_files

    def pytest_collectreport(self, report):
        if report.failed:
            message = str(report.longrepr)
            crash = getattr(report.longrepr, "reprcrash", None)
            if crash is not None:
                message = crash.message
            self.emit({
                "event": "collect_error",
                "name": report.nodeid or "collection",
                "hidden": self._hidden(report.nodeid),
                "message": cut(message, MESSAGE_LIMIT),
            })

    def pytest_collection_finish(self, session):
        tests = [{"name": item.nodeid, "hidden": self._hidden(item.nodeid)} for item in session.items]
        self.emit({"event": "collected", "tests": tests})

    def pytest_runtest_logstart(self, nodeid, location):
        self.emit({"event": "start", "name": nodeid})

    def timeout_for(self, nodeid: str) -> float:
        """Return this test's time limit: its own floor, or what is left of the shared budget."""
        if self.shared_budget_s is None:
            return self.test_timeout_s
        floor = self.test_floor_s.get(nodeid, self.test_timeout_s)
        return round(min(self.test_timeout_s, max(floor, self.shared_budget_s - self.spent_s)), 2)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item):
        timeout = self.timeout_for(item.nodeid)

        def on_alarm(signum, frame):
            raise TestTimeout(
                f"This test took longer than {timeout:g} s; "
                "look for an infinite loop or a slower-than-expected algorithm."
            )

        signal.signal(signal.SIGALRM, on_alarm)
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return (yield)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.spent_s += time.monotonic() - started

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        if call.excinfo is not None:
            report._mockloop_excinfo = call.excinfo
        return report

    def pytest_runtest_logreport(self, report):
        entry = self.results.get(report.nodeid)
        if entry is None:
            entry = {
                "name": report.nodeid,
                "status": "pass",
                "message": "",
                "hidden": self._hidden(report.nodeid),
                "duration_s": 0.0,
                "output": "",
            }
            self.results[report.nodeid] = entry
        entry["duration_s"] = round(entry["duration_s"] + report.duration, 4)
        if report.capstdout or report.capstderr:
            entry["output"] = cut(report.capstdout + report.capstderr, OUTPUT_LIMIT)
        if report.failed and entry["status"] == "pass":
            entry["status"] = "fail" if report.when == "call" else "error"
            entry["message"] = cut(self._message(report), MESSAGE_LIMIT)
        if report.when == "teardown":
            self.emit({"event": "test", **entry})

    def _message(self, report) -> str:
        excinfo = getattr(report, "_mockloop_excinfo", None)
        if excinfo is not None:
            friendly = explain_exception(excinfo.value, self.disk_mb)
            if friendly:
                return friendly
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is not None:
            return crash.message
        return str(report.longrepr)

    def pytest_keyboard_interrupt(self, excinfo):
        # KeyboardInterrupt (raised, or SIGINT) stops pytest itself, leaving tests unreported.
        self.emit({"event": "interrupted"})

    def pytest_sessionfinish(self, session, exitstatus):
        self.emit({"event": "done", "exitstatus": int(exitstatus), "failed": session.testsfailed})
