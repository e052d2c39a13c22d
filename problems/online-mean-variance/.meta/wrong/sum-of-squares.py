# Wrong: keeps sum and sum of squares and uses (S2 - S1^2 / n) / (n - ddof), which cancels catastrophically for 1e9 + noise.
import math


class OnlineStats:
    """Running count, mean and variance of a stream, in O(1) memory."""

    def __init__(self):
        self.count = 0
        self.mean = math.nan
        self._m2 = 0.0
        self._s1 = 0.0
        self._s2 = 0.0

    def update(self, x: float) -> None:
        x = float(x)
        self._s1 += x
        self._s2 += x * x
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
        m2 = max(self._s2 - self._s1 * self._s1 / self.count, 0.0)
        return m2 / (self.count - ddof)

    def std(self, ddof: int = 0) -> float:
        return math.sqrt(self.variance(ddof))

    def merge(self, other: "OnlineStats") -> "OnlineStats":
        out = OnlineStats()
        if self.count == 0 or other.count == 0:
            src = other if self.count == 0 else self
            out.count, out.mean, out._m2 = src.count, src.mean, src._m2
            out._s1, out._s2 = src._s1, src._s2
            return out
        n = self.count + other.count
        delta = other.mean - self.mean
        out.count = n
        out.mean = self.mean + delta * other.count / n
        out._m2 = self._m2 + other._m2 + delta * delta * self.count * other.count / n
        out._s1, out._s2 = self._s1 + other._s1, self._s2 + other._s2
        return out
