"""The grading queue: a job is an attempt id; a worker reads the source from the store, grades it
and writes the report back.

`GradingQueue` is the interface the session service talks to. `EmbeddedQueue` (threads in the
server process) is the default and needs no extra service. A deployment with graders on several
machines would put a real task queue behind the same interface (an RQ or Celery queue on Redis
whose job function is `GradingWorker.process(attempt_id)`); the store's guarded status changes
already make a job safe to deliver twice.
"""

from __future__ import annotations

from typing import Protocol


class GradingQueue(Protocol):
    """Where the session service sends attempts to be graded."""

    def put(self, attempt_id: str) -> None:
        """Queue an attempt that is stored as `queued`."""

    def cancel(self, attempt_id: str) -> None:
        """Stop grading an attempt now if a worker here is running it."""

    def close(self) -> None:
        """Stop taking work and let the workers finish."""
