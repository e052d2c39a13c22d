# Correct: Counter keeps first-appearance order and most_common is stable on ties.
from collections import Counter


def top_k_frequent(items, k):
    if k < 1:
        return []
    return [value for value, _ in Counter(items).most_common(k)]
