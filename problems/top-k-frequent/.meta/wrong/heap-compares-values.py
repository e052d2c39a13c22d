# Mistake: a heap of (count, value) pairs compares the values on ties (wrong order, TypeError on mixed types).
import heapq


def top_k_frequent(items, k):
    if k <= 0:
        return []
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    heap = []
    for item, c in counts.items():
        heapq.heappush(heap, (c, item))
        if len(heap) > k:
            heapq.heappop(heap)
    return [item for _, item in sorted(heap, reverse=True)]
