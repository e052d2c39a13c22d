# merge with an empty summary returns the other input object itself instead of a new OnlineStats
import math


class OnlineStats:
    """Running count, mean and variance of a stream, in O(1) memory."""

    def __init__(self):
        self.count = 0
        self.mean = math.nan
        self._m2 = 0.0

    def update(self, x: float) -> None:
        x = float(x)
        self.count += 1
        if self.count == 1:
            self.mean = x
            self._m2 = 0.0
            return
        delta = x - self.mean
        self.mean += delta / self.count
        self._m2 += delta * (x - self.mean)

    def update_many(self, values) -> None:
        for x in values:
            self.update(x)

    def variance(self, ddof: int = 0) -> float:
        if self.count - ddof <= 0:
            return math.nan
        return self._m2 / (self.count - ddof)

    def std(self, ddof: int = 0) -> float:
        return math.sqrt(self.variance(ddof))

    def merge(self, other: "OnlineStats") -> "OnlineStats":
        if other.count == 0:
            return self
        if self.count == 0:
            return other
        out = OnlineStats()
        n = self.count + other.count
        delta = other.mean - self.mean
        out.count = n
        out.mean = self.mean + delta * other.count / n
        out._m2 = self._m2 + other._m2 + delta * delta * self.count * other.count / n
        return out
