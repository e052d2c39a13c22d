# Mistake: Median() on an empty stream lets the heap's IndexError escape instead of raising ValueError
import heapq


class RunningMedian:
    def __init__(self):
        self._low = []
        self._high = []

    def add(self, x):
        if self._low and x > -self._low[0]:
            heapq.heappush(self._high, x)
        else:
            heapq.heappush(self._low, -x)
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self):
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self):
        return len(self._low) + len(self._high)
