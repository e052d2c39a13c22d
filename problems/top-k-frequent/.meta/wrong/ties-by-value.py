# Mistake: breaks count ties by the values themselves instead of first appearance.
from collections import Counter


def top_k_frequent(items, k):
    if k <= 0:
        return []
    counts = Counter(items)
    return sorted(counts, key=lambda x: (-counts[x], x))[:k]
