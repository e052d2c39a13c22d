# Mistake: keeps a sorted list but finds the insertion point by scanning, O(n) comparisons per add.
class RunningMedian:
    def __init__(self):
        self._sorted = []

    def add(self, x):
        i = 0
        while i < len(self._sorted) and self._sorted[i] < x:
            i += 1
        self._sorted.insert(i, x)

    def median(self):
        if not self._sorted:
            raise ValueError("median of an empty stream")
        n = len(self._sorted)
        if n % 2:
            return self._sorted[n // 2]
        return (self._sorted[n // 2 - 1] + self._sorted[n // 2]) / 2

    def __len__(self):
        return len(self._sorted)
