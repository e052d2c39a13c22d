# Mistake: records the position of every occurrence, so ties are broken by last appearance instead of first
import heapq


def top_k_frequent(items, k):
    """Return the k most frequent distinct values, most frequent first; ties by first appearance."""
    if k <= 0:
        return []
    counts = {}
    first = {}
    for index, item in enumerate(items):
        if item not in counts:
            counts[item] = 0
        first[item] = index
        counts[item] += 1
    best = heapq.nlargest(k, counts, key=lambda item: (counts[item], -first[item]))
    return best
