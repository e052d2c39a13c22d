# Correct alternative: each value is merged in as a one-element summary (Chan's formula does all the work).
import math


class OnlineStats:
    __slots__ = ("count", "mean", "_ss")

    def __init__(self):
        self.count, self.mean, self._ss = 0, math.nan, 0.0

    @classmethod
    def _of(cls, count, mean, ss):
        s = cls()
        s.count, s.mean, s._ss = count, mean, ss
        return s

    def _absorb(self, n_b, mean_b, ss_b):
        if n_b == 0:
            return
        if self.count == 0:
            self.count, self.mean, self._ss = n_b, mean_b, ss_b
            return
        n = self.count + n_b
        d = mean_b - self.mean
        self._ss += ss_b + d * d * (self.count * n_b / n)
        self.mean += d * (n_b / n)
        self.count = n

    def update(self, x):
        self._absorb(1, float(x), 0.0)

    def update_many(self, values):
        for v in values:
            self._absorb(1, float(v), 0.0)

    def variance(self, ddof=0):
        dof = self.count - ddof
        return self._ss / dof if dof > 0 else math.nan

    def std(self, ddof=0):
        return math.sqrt(self.variance(ddof))

    def merge(self, other):
        out = OnlineStats._of(self.count, self.mean, self._ss)
        out._absorb(other.count, other.mean, other._ss)
        return out
