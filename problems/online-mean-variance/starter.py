import math


class OnlineStats:
    """Running count, mean and variance of a stream, in O(1) memory."""

    def __init__(self):
        self.count = 0
        self.mean = math.nan
        # TODO: whatever else you need (but not the values themselves)

    def update(self, x: float) -> None:
        # TODO: Welford update
        raise NotImplementedError

    def update_many(self, values) -> None:
        # TODO: one pass over any iterable
        raise NotImplementedError

    def variance(self, ddof: int = 0) -> float:
        # TODO: like numpy.var(values, ddof=ddof); nan when count - ddof <= 0
        raise NotImplementedError

    def std(self, ddof: int = 0) -> float:
        return math.sqrt(self.variance(ddof))

    def merge(self, other: "OnlineStats") -> "OnlineStats":
        """Return a new summary of both streams; do not modify self or other."""
        # TODO: parallel combination of two summaries
        raise NotImplementedError
