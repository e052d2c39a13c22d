"""Where the session logic gets the time from, so tests can move it by hand."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current wall-clock time in seconds since the epoch."""

    def now(self) -> float: ...


class SystemClock:
    """The real wall clock; wall time (not monotonic) so deadlines survive a server restart."""

    def now(self) -> float:
        """Return the current time in seconds since the epoch."""
        return time.time()


class ManualClock:
    """A clock that only moves when told to, for tests and scripted demos."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.t = start

    def now(self) -> float:
        """Return the time the clock was last set to."""
        return self.t

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.t += seconds
