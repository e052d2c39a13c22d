# Mistake: a max-heap with lazy deletion of expired entries, O(n log n) comparisons.
import heapq
import itertools


class _Rev:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return other.x < self.x


def sliding_window_max(nums, k):
    if not 1 <= k <= len(nums):
        raise ValueError("need 1 <= k <= len(nums)")
    heap, out, tie = [], [], itertools.count()
    for i, x in enumerate(nums):
        heapq.heappush(heap, (_Rev(x), i))
        while heap[0][1] <= i - k:
            heapq.heappop(heap)
        if i >= k - 1:
            out.append(nums[heap[0][1]])
    return out
