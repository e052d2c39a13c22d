import tracemalloc

import numpy as np


class MemoryProfiler:
    """Context manager reporting the peak traced memory of its block (see the prompt)."""

    def __init__(self):
        self.peak_bytes = None
        self.retained_bytes = None

    def __enter__(self):
        # TODO: start tracing if needed, remember the starting level, reset the peak
        return self

    def __exit__(self, exc_type, exc, tb):
        # TODO: compute peak_bytes and retained_bytes; stop tracing only if you started it
        return False

    @classmethod
    def profile(cls, fn, *args, **kwargs):
        """Run fn(*args, **kwargs) under a fresh profiler; return (result, peak_bytes)."""
        # TODO
        raise NotImplementedError

    @classmethod
    def compare(cls, strategies):
        """Return {name: peak_bytes} for a dict of zero-argument callables, in the same order."""
        # TODO
        raise NotImplementedError


def mean_var_materialized(batches):
    """Concatenate all batches, then return per-column (mean, population variance)."""
    # TODO
    raise NotImplementedError


def mean_var_streaming(batches):
    """One pass, O(d) state: return per-column (mean, population variance), numerically stable."""
    # TODO: keep (count, mean, M2) and merge each batch into it
    raise NotImplementedError
