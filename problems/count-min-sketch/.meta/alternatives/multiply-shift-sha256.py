# Correct alternative: one sha256 digest per item, per-row universal hashing (a * x + b) mod p with seeded coefficients.
import hashlib
import math
import random

import numpy as np

_P = (1 << 61) - 1


class CountMinSketch:
    def __init__(self, width, depth, seed=0):
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be >= 1")
        self.width, self.depth = int(width), int(depth)
        rng = random.Random(seed)
        self._ab = [(rng.randrange(1, _P), rng.randrange(0, _P)) for _ in range(self.depth)]
        self.table = np.zeros((self.depth, self.width), dtype=np.int64)
        self.total = 0

    @classmethod
    def from_error(cls, eps, delta, seed=0):
        if not 0 < eps < 1 or not 0 < delta < 1:
            raise ValueError("eps and delta must be in (0, 1)")
        return cls(math.ceil(math.e / eps), math.ceil(math.log(1.0 / delta)), seed)

    def _cols(self, item):
        key = f"{type(item).__name__}:{item}".encode()
        x = int.from_bytes(hashlib.sha256(key).digest()[:8], "big")
        return [((a * x + b) % _P) % self.width for a, b in self._ab]

    def update(self, item, count=1):
        if count < 0:
            raise ValueError("count must be >= 0")
        self.table[np.arange(self.depth), self._cols(item)] += count
        self.total += count

    def query(self, item):
        return int(self.table[np.arange(self.depth), self._cols(item)].min())
