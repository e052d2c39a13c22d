"""Per-round locks and background grading jobs, so one round is never graded twice at once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any


class GradingBusy(RuntimeError):
    """A grade for this round is already running."""


class KeyedLocks:
    """One non-blocking lock per key (a session and round)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[Hashable, threading.Lock] = {}

    def _lock(self, key: Hashable) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    @contextmanager
    def hold(self, key: Hashable):
        """Hold the lock for `key`, or raise GradingBusy at once if someone else holds it."""
        lock = self._lock(key)
        if not lock.acquire(blocking=False):
            raise GradingBusy("grading is already running for this round")
        try:
            yield
        finally:
            lock.release()

    def busy(self, key: Hashable) -> bool:
        """Return whether the lock for `key` is held right now."""
        return self._lock(key).locked()


class GradingJobs:
    """Run grades on worker threads; at most one job per key is in flight."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mockloop-grade")
        self._guard = threading.Lock()
        self._jobs: dict[Hashable, Future] = {}

    def start(self, key: Hashable, fn: Callable[[], Any]) -> bool:
        """Start `fn` for `key` unless a job for `key` is still running; return whether it started."""
        with self._guard:
            job = self._jobs.get(key)
            if job is not None and not job.done():
                return False
            self._jobs[key] = self._pool.submit(fn)
            return True

    def running(self, key: Hashable) -> bool:
        """Return whether a job for `key` is still running."""
        with self._guard:
            job = self._jobs.get(key)
        return job is not None and not job.done()

    def take_error(self, key: Hashable) -> str | None:
        """Return (once) the message of the finished job for `key` if it raised, else None."""
        with self._guard:
            job = self._jobs.get(key)
            if job is None or not job.done():
                return None
            del self._jobs[key]
        error = job.exception()
        return str(error) if error is not None else None

    def wait(self, key: Hashable, timeout: float | None = None) -> None:
        """Block until the job for `key` (if any) has finished."""
        with self._guard:
            job = self._jobs.get(key)
        if job is not None:
            job.exception(timeout=timeout)
