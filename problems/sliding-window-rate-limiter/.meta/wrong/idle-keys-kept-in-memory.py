# Mistake: counts only keys with live requests but never deletes the idle ones, so their empty deques stay in memory
import time
from collections import deque


class RateLimiter:
    """At most `limit` allowed requests per key in any half-open window (t - window, t]."""

    def __init__(self, limit, window, clock=time.monotonic):
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be an int >= 1")
        if not window > 0:
            raise ValueError("window must be > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits = {}

    def _live(self, key, now):
        q = self._hits.get(key)
        if q is None:
            return None
        cutoff = now - self.window
        while q and q[0] <= cutoff:
            q.popleft()
        if not q:
            return None
        return q

    def allow(self, key):
        now = self.clock()
        q = self._live(key, now)
        if q is None:
            self._hits.setdefault(key, deque()).append(now)
            return True
        if len(q) < self.limit:
            q.append(now)
            return True
        return False

    def remaining(self, key):
        q = self._live(key, self.clock())
        return self.limit - (len(q) if q else 0)

    def tracked_keys(self):
        now = self.clock()
        return sum(1 for key in list(self._hits) if self._live(key, now) is not None)
