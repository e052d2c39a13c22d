# Correct alternative: sha1-based 64-bit hash, rank found by scanning a bit string, list-free numpy registers.
import hashlib
import math

import numpy as np

_ALPHA = {16: 0.673, 32: 0.697, 64: 0.709}


class HyperLogLog:
    def __init__(self, p=12):
        if type(p) is not int or p < 4 or p > 16:
            raise ValueError(f"precision must be in [4, 16], got {p!r}")
        self.p = p
        self.registers = np.zeros(2 ** p, dtype=np.int8)

    def add(self, item):
        h = int(hashlib.sha1(repr(item).encode("utf-8")).hexdigest()[:16], 16)
        bits = format(h, "064b")
        idx = int(bits[: self.p], 2)
        tail = bits[self.p:]
        pos = tail.find("1")
        rank = len(tail) + 1 if pos < 0 else pos + 1
        self.registers[idx] = max(int(self.registers[idx]), rank)

    def count(self):
        m = len(self.registers)
        alpha = _ALPHA.get(m, 0.7213 / (1 + 1.079 / m))
        e = alpha * m * m / sum(2.0 ** -int(r) for r in self.registers)
        v = int((self.registers == 0).sum())
        if v and e <= 2.5 * m:
            e = m * math.log(m / v)
        return float(e)

    def merge(self, other):
        if other.p != self.p:
            raise ValueError("precisions differ")
        res = HyperLogLog(self.p)
        res.registers[:] = np.maximum(self.registers, other.registers)
        return res
