# Correct: one sorted list kept with bisect.insort (O(log n) comparisons per add).
import bisect


class RunningMedian:
    def __init__(self):
        self._sorted = []

    def add(self, x):
        bisect.insort(self._sorted, x)

    def median(self):
        n = len(self._sorted)
        if n == 0:
            raise ValueError("no values added yet")
        lo, hi = self._sorted[(n - 1) // 2], self._sorted[n // 2]
        return lo if n % 2 else (lo + hi) / 2

    def __len__(self):
        return len(self._sorted)
