# Mistake: from_error sizes the depth with log2(1/delta) instead of the natural log.
import hashlib
import math

import numpy as np


class CountMinSketch:
    """Approximate frequency counts in O(width * depth) memory; never underestimates."""

    def __init__(self, width: int, depth: int, seed: int = 0):
        if int(width) < 1 or int(depth) < 1:
            raise ValueError("width and depth must be at least 1")
        self.width = int(width)
        self.depth = int(depth)
        self.seed = int(seed)
        self.table = np.zeros((self.depth, self.width), dtype=np.int64)
        self.total = 0
        self._salts = [
            hashlib.blake2b(f"{self.seed}:{row}".encode(), digest_size=16).digest()
            for row in range(self.depth)
        ]

    @classmethod
    def from_error(cls, eps: float, delta: float, seed: int = 0) -> "CountMinSketch":
        if not (0 < eps < 1 and 0 < delta < 1):
            raise ValueError("eps and delta must lie in (0, 1)")
        return cls(math.ceil(math.e / eps), math.ceil(math.log2(1 / delta)), seed)

    def _columns(self, item):
        data = repr(item).encode()
        for salt in self._salts:
            digest = hashlib.blake2b(data, digest_size=8, salt=salt).digest()
            yield int.from_bytes(digest, "little") % self.width

    def update(self, item, count: int = 1) -> None:
        if count < 0:
            raise ValueError("count must be non-negative")
        for row, col in enumerate(self._columns(item)):
            self.table[row, col] += count
        self.total += count

    def query(self, item) -> int:
        return int(min(self.table[row, col] for row, col in enumerate(self._columns(item))))
