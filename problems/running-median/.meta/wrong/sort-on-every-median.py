# Mistake: appends to a plain list and sorts it on every median() call, O(n log n) per query.
class RunningMedian:
    def __init__(self):
        self._values = []

    def add(self, x):
        self._values.append(x)

    def median(self):
        if not self._values:
            raise ValueError("median of an empty stream")
        s = sorted(self._values)
        mid = len(s) // 2
        if len(s) % 2:
            return s[mid]
        return (s[mid - 1] + s[mid]) / 2

    def __len__(self):
        return len(self._values)
