"""A Grader: grade submissions on warm sandbox parents (or cold), from many threads at once.

Each warm parent is a long-lived bubblewrap sandbox that has imported pytest, numpy and torch;
every submission runs in a child it forks for that one job, with the cold path's isolation. A
parent that dies or hangs is killed and replaced, and its job is retried once on the cold path.
Without bubblewrap the Grader grades cold.
"""

from __future__ import annotations

import dataclasses
import os
import queue
import shutil
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.content.loader import Problem
from app.grading import grader, sandbox, verdict
from app.grading.report import GradeReport
from app.grading.sandbox import Limits
from app.grading.worker import Cancelled, SandboxParent

Mode = Literal["warm", "cold"]
_COLD = object()  # handed out instead of a parent while warm parents cannot be started


@dataclass(frozen=True)
class GraderSettings:
    """How a Grader runs submissions: warm parents (default) or a fresh sandbox each time."""

    mode: Mode = "warm"
    workers: int = field(default_factory=lambda: os.cpu_count() or 2)
    limits: Limits = field(default_factory=Limits)
    start_timeout_s: float = 120.0
    # While no parent has warmed up yet, a grade waits this long at most, then runs cold.
    wait_for_warm_s: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> GraderSettings:
        """Read MOCKLOOP_GRADER=warm|cold and MOCKLOOP_GRADER_WORKERS (for the command line)."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        if environ.get("MOCKLOOP_GRADER") in ("warm", "cold"):
            values["mode"] = environ["MOCKLOOP_GRADER"]
        if environ.get("MOCKLOOP_GRADER_WORKERS", "").isdigit():
            values["workers"] = max(1, int(environ["MOCKLOOP_GRADER_WORKERS"]))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


class Grader:
    """Grade submissions; thread-safe, and `grade` blocks while every worker is busy."""

    def __init__(self, settings: GraderSettings | None = None):
        self.settings = settings or GraderSettings()
        self.warm = self.settings.mode == "warm" and sandbox.detect_isolation().namespaces
        self._idle: queue.Queue = queue.Queue()
        self._parents: set[SandboxParent] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._failures = 0
        self._ever_ready = False
        self._requests: queue.Queue = queue.Queue()
        if self.warm:
            sandbox.sweep_stale()
            # One long-lived thread starts every parent: bubblewrap's --die-with-parent fires
            # when the *thread* that spawned it ends, not the process.
            threading.Thread(target=self._spawner, daemon=True, name="mockloop-grader").start()
            for _ in range(max(1, self.settings.workers)):
                self._spawn()

    def grade(self, problem: Problem, source: str, include_hidden: bool,
              cancel: threading.Event | None = None, *, use_timing: bool = True) -> GradeReport:
        """Run `source` as the candidate's `solution.py` against the problem's tests."""
        tests, support = grader.problem_files(problem, include_hidden)
        limits = grader.limits_for(problem, self.settings.limits, include_hidden, use_timing)
        report = self.grade_source(source, tests, limits, support, cancel)
        return dataclasses.replace(report, problem_id=problem.id, include_hidden=include_hidden)

    def grade_source(self, source: str, tests: list[tuple[Path, bool]], limits: Limits | None = None,
                     support: list[Path] | None = None,
                     cancel: threading.Event | None = None) -> GradeReport:
        """Grade `source` against explicit (path, hidden) test files."""
        limits = limits or self.settings.limits
        if not self.warm:
            return grader.grade_source(source, tests, limits, support, cancel)
        try:
            report = grader.source_problem(source) or self._grade_warm(
                source, tests, limits, support or [], cancel)
        except Cancelled:
            report = grader.cancelled_report()
        except Exception as exc:  # host-side failure: folders, copies, pipes
            report = grader.host_failure(exc)
        return dataclasses.replace(report, isolation=sandbox.detect_isolation().describe())

    def close(self) -> None:
        """Kill every parent and remove their folders; later grades return an error report."""
        with self._lock:
            self._closed = True
            parents = list(self._parents)
            self._parents.clear()
        self._requests.put(None)
        for parent in parents:
            parent.kill()

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def parents(self) -> list[SandboxParent]:
        """Return the live parents (for tests and the benchmark)."""
        with self._lock:
            return list(self._parents)

    def parent_pids(self) -> list[int]:
        """Return the host pids of the live parents."""
        return [p.pid for p in self.parents()]

    def _grade_warm(self, source: str, tests: list[tuple[Path, bool]], limits: Limits,
                    support: list[Path], cancel: threading.Event | None) -> GradeReport:
        parent = self._take(cancel)
        if parent is None and self._closed:
            return verdict.error_report("The grader was closed before the run started.")
        if parent is None:
            return grader.grade_source(source, tests, limits, support, cancel)
        try:
            job = grader.prepare_job(parent.jobs, source, tests, support, limits)
        except BaseException:
            self._idle.put(parent)  # the parent never saw this job; keep it in the pool
            raise
        try:
            result = parent.run(job, cancel)
        except Cancelled:
            self._discard(parent)
            raise
        finally:
            shutil.rmtree(job.folder, ignore_errors=True)
        if result is None:
            # A dead or hung parent: never trust a partial run; retry once on the cold path.
            self._discard(parent)
            if self._closed:
                return verdict.error_report("The grader was closed during the run.")
            return grader.grade_source(source, tests, limits, support, cancel)
        report = grader.finish(job, result, parent)
        self._idle.put(parent)
        return report

    def _take(self, cancel: threading.Event | None) -> SandboxParent | None:
        """Wait for an idle warm parent; None means grade cold."""
        give_up = time.monotonic() + self.settings.wait_for_warm_s
        while True:
            if self._closed or (not self._ever_ready and time.monotonic() > give_up):
                return None
            if cancel is not None and cancel.is_set():
                raise Cancelled
            try:
                item = self._idle.get(timeout=0.05)
            except queue.Empty:
                continue
            if item is _COLD:
                self._spawn(delay_s=min(60.0, 2.0 ** self._failures))
                return None
            if item.alive():
                return item
            self._discard(item)

    def _discard(self, parent: SandboxParent) -> None:
        with self._lock:
            self._parents.discard(parent)
        parent.kill()
        self._spawn()

    def _spawn(self, delay_s: float = 0.0) -> None:
        self._requests.put(time.monotonic() + delay_s)

    def _spawner(self) -> None:
        while True:
            not_before = self._requests.get()
            if not_before is None or self._closed:
                return
            time.sleep(max(0.0, not_before - time.monotonic()))
            self._start_parent()

    def _start_parent(self) -> None:
        if self._closed:
            return
        parent = None
        try:
            parent = SandboxParent(grader.new_root(), warm=True, limits=self.settings.limits)
            with self._lock:
                if self._closed:
                    raise RuntimeError("closed")
                self._parents.add(parent)
            ready = parent.wait_ready(self.settings.start_timeout_s)
        except Exception:  # a parent that cannot start is replaced by the cold path
            ready = False
        if ready and not self._closed:
            self._failures = 0
            self._ever_ready = True
            self._idle.put(parent)
            return
        if parent is not None:
            with self._lock:
                self._parents.discard(parent)
            parent.kill()
        if not self._closed:
            self._failures += 1
            self._idle.put(_COLD)
