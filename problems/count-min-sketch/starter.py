import math

import numpy as np


class CountMinSketch:
    """Approximate frequency counts in O(width * depth) memory; never underestimates."""

    def __init__(self, width: int, depth: int, seed: int = 0):
        # TODO: validate, allocate self.table (depth x width integers), self.total = 0
        self.table = None
        self.total = 0

    @classmethod
    def from_error(cls, eps: float, delta: float, seed: int = 0) -> "CountMinSketch":
        """Size the sketch so the error is <= eps * N with probability >= 1 - delta."""
        # TODO: width = ceil(e / eps), depth = ceil(ln(1 / delta))
        raise NotImplementedError

    def update(self, item, count: int = 1) -> None:
        """Add `count` occurrences of `item`."""
        # TODO: one counter per row, with a deterministic per-row hash
        raise NotImplementedError

    def query(self, item) -> int:
        """Return an upper bound on the number of times `item` was added."""
        # TODO: the minimum over the rows
        raise NotImplementedError
