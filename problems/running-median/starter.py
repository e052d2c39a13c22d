import heapq


class RunningMedian:
    """Median of a stream: O(log n) add, O(1) median."""

    def __init__(self):
        # TODO: a max-heap for the lower half (negated values) and a min-heap for the upper half
        pass

    def add(self, x):
        # TODO: insert, then rebalance so that len(lower) is len(upper) or len(upper) + 1
        pass

    def median(self):
        # TODO: ValueError when empty
        raise ValueError("no data")

    def __len__(self):
        return 0
