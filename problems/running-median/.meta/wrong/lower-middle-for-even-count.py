# Mistake: returns the lower middle value for an even count instead of the mean of the two middles.

import heapq


class RunningMedian:
    """Median of a stream: O(log n) add, O(1) median."""

    def __init__(self):
        self._low = []  # negated values: a max-heap of the lower half
        self._high = []  # min-heap of the upper half

    def add(self, x):
        heapq.heappush(self._low, -x)
        heapq.heappush(self._high, -heapq.heappop(self._low))
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self):
        if not self._low:
            raise ValueError("median of an empty stream")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return -self._low[0]

    def __len__(self):
        return len(self._low) + len(self._high)
