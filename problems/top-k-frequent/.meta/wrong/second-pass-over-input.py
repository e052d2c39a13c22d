# Mistake: reads the input twice (first positions, then counts), so a generator is empty the second time.
import heapq


def top_k_frequent(items, k):
    if k <= 0:
        return []
    first = {}
    for index, item in enumerate(items):
        first.setdefault(item, index)
    counts = dict.fromkeys(first, 0)
    for item in items:
        counts[item] += 1
    return heapq.nlargest(k, counts, key=lambda item: (counts[item], -first[item]))
