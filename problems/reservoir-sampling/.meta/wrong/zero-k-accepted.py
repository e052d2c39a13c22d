# Mistake: only rejects negative k, so k = 0 builds a sampler that silently keeps nothing
import random


class ReservoirSampler:
    """Uniform random sample of k items from a stream of unknown length."""

    def __init__(self, k: int, seed=None):
        if k < 0:
            raise ValueError("k must be at least 1")
        self.k = k
        self.count = 0
        self._rng = random.Random(seed)
        self._reservoir = []

    def add(self, item) -> None:
        self.count += 1
        if len(self._reservoir) < self.k:
            self._reservoir.append(item)
            return
        j = self._rng.randrange(self.count)
        if j < self.k:
            self._reservoir[j] = item

    def extend(self, stream) -> None:
        for item in stream:
            self.add(item)

    @property
    def sample(self) -> list:
        return list(self._reservoir)
