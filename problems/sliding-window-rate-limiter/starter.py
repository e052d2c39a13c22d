import time
from collections import deque


class RateLimiter:
    """At most `limit` allowed requests per key in any half-open window (t - window, t]."""

    def __init__(self, limit, window, clock=time.monotonic):
        # TODO: validate; per-key deques of allowed request times
        self.limit = limit
        self.window = window
        self.clock = clock

    def allow(self, key):
        # TODO
        return True

    def remaining(self, key):
        # TODO
        return self.limit

    def tracked_keys(self):
        # TODO
        return 0
