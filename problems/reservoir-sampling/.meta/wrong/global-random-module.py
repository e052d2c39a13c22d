# Mistake: Seeds and draws from the global random module instead of a private random.Random(seed)
import random


class ReservoirSampler:
    def __init__(self, k: int, seed=None):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.count = 0
        random.seed(seed)
        self._items = []

    def add(self, item) -> None:
        self.count += 1
        if len(self._items) < self.k:
            self._items.append(item)
            return
        j = random.randrange(self.count)
        if j < self.k:
            self._items[j] = item

    def extend(self, stream) -> None:
        for item in stream:
            self.add(item)

    @property
    def sample(self) -> list:
        return list(self._items)
