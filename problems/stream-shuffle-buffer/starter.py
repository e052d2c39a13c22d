import random


def fisher_yates(items, rng: random.Random) -> list:
    """Return a new list with a uniformly random permutation of `items`, using only `rng`."""
    # TODO: copy, then swap slot i with a slot drawn from 0..i, for i from n-1 down to 1
    return list(items)


def shuffle_buffer(stream, buffer_size: int, seed: int):
    """Yield the items of `stream` in a buffered random order (a generator)."""
    # TODO: validate buffer_size, fill the buffer, evict a random slot per new item, flush at the end
    yield from stream
