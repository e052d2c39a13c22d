# profile drops the keyword arguments it is given
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
            result = fn(*args)
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
    count, mean, m2 = 0, None, None
    for batch in batches:
        batch = np.asarray(batch, dtype=np.float64)
        n_b = len(batch)
        if n_b == 0:
            continue
        mean_b = batch.mean(axis=0)
        m2_b = ((batch - mean_b) ** 2).sum(axis=0)
        if count == 0:
            count, mean, m2 = n_b, mean_b, m2_b
            continue
        total = count + n_b
        delta = mean_b - mean
        mean = mean + delta * (n_b / total)
        m2 = m2 + m2_b + delta**2 * (count * n_b / total)
        count = total
    if count == 0:
        raise ValueError("no rows")
    return mean, m2 / count
