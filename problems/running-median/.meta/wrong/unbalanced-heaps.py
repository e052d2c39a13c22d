# Mistake: lets the upper heap hold one more item than the lower, but median() assumes it never does.
import heapq


class RunningMedian:
    def __init__(self):
        self._low = []
        self._high = []

    def add(self, x):
        if not self._low or x <= -self._low[0]:
            heapq.heappush(self._low, -x)
        else:
            heapq.heappush(self._high, x)
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low) + 1:
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self):
        if not self._low and not self._high:
            raise ValueError("median of an empty stream")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self):
        return len(self._low) + len(self._high)
