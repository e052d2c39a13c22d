# Correct: forward Fisher-Yates (slot i swaps with i..n-1); the buffer evicts by swapping the pick to the end.
import random


def fisher_yates(items, rng):
    out = [x for x in items]
    n = len(out)
    for i in range(n - 1):
        j = i + rng.randrange(n - i)
        out[i], out[j] = out[j], out[i]
    return out


def shuffle_buffer(stream, buffer_size, seed):
    if buffer_size < 1:
        raise ValueError("buffer_size must be at least 1")
    rng = random.Random(seed)
    buf = []
    it = iter(stream)
    for item in it:
        buf.append(item)
        if len(buf) > buffer_size:
            j = rng.randrange(len(buf) - 1)
            buf[j], buf[-2] = buf[-2], buf[j]
            buf[-2], buf[-1] = buf[-1], buf[-2]
            yield buf.pop()
    while buf:
        j = rng.randrange(len(buf))
        buf[j], buf[-1] = buf[-1], buf[j]
        yield buf.pop()
