# Wrong: the streaming variance is E[x^2] - E[x]^2 from running sums, which cancels catastrophically for data near 1e8.
import tracemalloc

import numpy as np


class MemoryProfiler:
    _active = []

    def __init__(self):
        self.peak_bytes = None
        self.retained_bytes = None
        self._started = False
        self._start = 0
        self._seen = 0

    def __enter__(self):
        if tracemalloc.is_tracing():
            peak_so_far = tracemalloc.get_traced_memory()[1]
            for outer in MemoryProfiler._active:
                outer._seen = max(outer._seen, peak_so_far)
        else:
            tracemalloc.start()
            self._started = True
        tracemalloc.reset_peak()
        self._start = tracemalloc.get_traced_memory()[0]
        self._seen = self._start
        MemoryProfiler._active.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        current, peak = tracemalloc.get_traced_memory()
        self.peak_bytes = max(0, max(self._seen, peak) - self._start)
        self.retained_bytes = current - self._start
        MemoryProfiler._active.remove(self)
        if self._started:
            tracemalloc.stop()
        return False

    @classmethod
    def profile(cls, fn, *args, **kwargs):
        with cls() as prof:
            result = fn(*args, **kwargs)
        return result, prof.peak_bytes

    @classmethod
    def compare(cls, strategies):
        return {name: cls.profile(fn)[1] for name, fn in strategies.items()}


def mean_var_materialized(batches):
    parts = [np.asarray(b, dtype=np.float64) for b in batches]
    if not parts or sum(len(p) for p in parts) == 0:
        raise ValueError("no rows")
    data = np.concatenate(parts, axis=0)
    return data.mean(axis=0), data.var(axis=0)


def mean_var_streaming(batches):
    count, s, sq = 0, 0.0, 0.0
    for batch in batches:
        batch = np.asarray(batch, dtype=np.float64)
        if len(batch) == 0:
            continue
        count += len(batch)
        s = s + batch.sum(axis=0)
        sq = sq + (batch * batch).sum(axis=0)
    if count == 0:
        raise ValueError("no rows")
    mean = s / count
    return mean, np.maximum(sq / count - mean * mean, 0.0)
