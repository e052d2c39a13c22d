# Mistake: shuffles the leftover buffer with the global random module, so the seed no longer fixes the output
import random


def fisher_yates(items, rng: random.Random) -> list:
    """Return a new list with a uniformly random permutation of `items`, using only `rng`."""
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        j = rng.randrange(i + 1)
        out[i], out[j] = out[j], out[i]
    return out


def shuffle_buffer(stream, buffer_size: int, seed: int):
    """Yield the items of `stream` in a buffered random order (a generator)."""
    if buffer_size < 1:
        raise ValueError(f"buffer_size must be >= 1, got {buffer_size}")
    rng = random.Random(seed)
    buffer = []
    for item in stream:
        if len(buffer) < buffer_size:
            buffer.append(item)
            continue
        j = rng.randrange(buffer_size)
        yield buffer[j]
        buffer[j] = item
    random.shuffle(buffer)
    yield from buffer
