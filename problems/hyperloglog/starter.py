import hashlib
import math

import numpy as np


class HyperLogLog:
    """Approximate number of distinct items in O(2**p) memory."""

    def __init__(self, p: int = 12):
        # TODO: validate p, m = 2**p registers of zeros
        self.p = p
        self.registers = None

    def add(self, item) -> None:
        """Record one occurrence of `item`."""
        # TODO: stable 64-bit hash -> register index (top p bits) and rank of the rest
        raise NotImplementedError

    def count(self) -> float:
        """Return the estimated number of distinct items added."""
        # TODO: raw harmonic-mean estimate, with the small-range (linear counting) correction
        raise NotImplementedError

    def merge(self, other: "HyperLogLog") -> "HyperLogLog":
        """Return a new sketch of the union of both streams."""
        # TODO
        raise NotImplementedError
