import random


class ReservoirSampler:
    """Uniform random sample of k items from a stream of unknown length."""

    def __init__(self, k: int, seed=None):
        # TODO: validate k; keep a random.Random(seed), a reservoir and a counter
        self.k = k
        self.count = 0

    def add(self, item) -> None:
        # TODO: fill the reservoir, then replace a random slot with the right probability
        raise NotImplementedError

    def extend(self, stream) -> None:
        # TODO: a single pass over the iterable
        raise NotImplementedError

    @property
    def sample(self) -> list:
        # TODO: return a copy
        return []
