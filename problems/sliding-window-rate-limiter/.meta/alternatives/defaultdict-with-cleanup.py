# Correct: defaultdict of deques, expiring on every access and deleting emptied keys.
import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if type(limit) is not int or limit < 1:
            raise ValueError(f"limit must be a positive int, got {limit!r}")
        if window <= 0:
            raise ValueError(f"window must be positive, got {window!r}")
        self.limit, self.window, self.clock = limit, window, clock
        self._times = defaultdict(deque)

    def _count(self, key, now):
        if key not in self._times:
            return 0
        times = self._times[key]
        while times and now - times[0] >= self.window:
            times.popleft()
        if not times:
            del self._times[key]
            return 0
        return len(times)

    def allow(self, key):
        now = self.clock()
        if self._count(key, now) >= self.limit:
            return False
        self._times[key].append(now)
        return True

    def remaining(self, key):
        return self.limit - self._count(key, self.clock())

    def tracked_keys(self):
        now = self.clock()
        return sum(1 for key in list(self._times) if self._count(key, now))
