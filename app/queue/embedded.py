"""The default queue: a FIFO served by a fixed number of threads inside the server process."""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable

from app.queue.worker import GradingWorker

ProcessFn = Callable[[str, threading.Event], None]


class EmbeddedQueue:
    """First in, first out; at most `workers` grades at once; every attempt put is processed."""

    def __init__(self, worker: GradingWorker | ProcessFn, workers: int = 2) -> None:
        self._process = worker.process if isinstance(worker, GradingWorker) else worker
        self._jobs: queue.Queue[str | None] = queue.Queue()
        self._guard = threading.Lock()
        self._running: dict[str, threading.Event] = {}
        self._threads = [threading.Thread(target=self._serve, name=f"mockloop-grader-{i}", daemon=True)
                         for i in range(max(1, workers))]
        for thread in self._threads:
            thread.start()

    def put(self, attempt_id: str) -> None:
        """Queue an attempt id."""
        self._jobs.put(attempt_id)

    def cancel(self, attempt_id: str) -> None:
        """Signal the worker grading `attempt_id`, if any, to stop it at once."""
        with self._guard:
            event = self._running.get(attempt_id)
        if event is not None:
            event.set()

    def close(self, timeout: float | None = None) -> None:
        """Let queued work finish, then stop the threads."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join(timeout)

    def idle(self) -> bool:
        """Return whether nothing is queued or running here (for tests and shutdown)."""
        with self._guard:
            return self._jobs.unfinished_tasks == 0 and not self._running

    def _serve(self) -> None:
        while True:
            attempt_id = self._jobs.get()
            try:
                if attempt_id is None:
                    return
                event = threading.Event()
                with self._guard:
                    self._running[attempt_id] = event
                try:
                    self._process(attempt_id, event)
                except Exception:  # a worker thread must outlive any one job
                    traceback.print_exc()
                finally:
                    with self._guard:
                        self._running.pop(attempt_id, None)
            finally:
                self._jobs.task_done()
