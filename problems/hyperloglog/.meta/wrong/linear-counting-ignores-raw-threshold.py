# uses linear counting whenever a register is zero, ignoring the E <= 2.5 m condition
import hashlib
import math

import numpy as np


class HyperLogLog:
    """Approximate number of distinct items in O(2**p) memory."""

    def __init__(self, p: int = 12):
        if not isinstance(p, int) or not 4 <= p <= 16:
            raise ValueError("p must be an integer in [4, 16]")
        self.p = p
        self.m = 1 << p
        self.registers = np.zeros(self.m, dtype=np.uint8)

    def add(self, item) -> None:
        digest = hashlib.blake2b(repr(item).encode(), digest_size=8).digest()
        h = int.from_bytes(digest, "big")
        index = h >> (64 - self.p)
        rest_bits = 64 - self.p
        rest = h & ((1 << rest_bits) - 1)
        rank = rest_bits - rest.bit_length() + 1
        if rank > self.registers[index]:
            self.registers[index] = rank

    def _alpha(self) -> float:
        return {16: 0.673, 32: 0.697, 64: 0.709}.get(self.m, 0.7213 / (1 + 1.079 / self.m))

    def count(self) -> float:
        m = self.m
        raw = self._alpha() * m * m / float(np.sum(np.exp2(-self.registers.astype(np.float64))))
        zeros = int(np.count_nonzero(self.registers == 0))
        if zeros > 0:
            return float(m * math.log(m / zeros))
        return float(raw)

    def merge(self, other: "HyperLogLog") -> "HyperLogLog":
        if self.p != other.p:
            raise ValueError("cannot merge sketches with different precision")
        out = HyperLogLog(self.p)
        out.registers = np.maximum(self.registers, other.registers)
        return out
