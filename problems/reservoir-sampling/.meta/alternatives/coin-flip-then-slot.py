# Correct: two draws per item (keep it with probability k / i, then pick the slot uniformly).
import random


class ReservoirSampler:
    def __init__(self, k: int, seed=None):
        if not k >= 1:
            raise ValueError(f"k must be a positive integer, got {k}")
        self.k = k
        self.count = 0
        self._random = random.Random(seed)
        self._kept = [None] * k

    def add(self, item) -> None:
        self.count += 1
        if self.count <= self.k:
            self._kept[self.count - 1] = item
        elif self._random.random() < self.k / self.count:
            self._kept[self._random.randrange(self.k)] = item

    def extend(self, stream) -> None:
        for item in iter(stream):
            self.add(item)

    @property
    def sample(self) -> list:
        return self._kept[: min(self.k, self.count)]
