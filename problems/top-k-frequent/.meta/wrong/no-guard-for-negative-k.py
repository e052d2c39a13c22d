# Mistake: slices with [:k] without checking k, so k = -2 drops the last two instead of returning [].
def top_k_frequent(items, k):
    counts, first = {}, {}
    for index, item in enumerate(items):
        if item not in counts:
            counts[item] = 0
            first[item] = index
        counts[item] += 1
    ranked = sorted(counts, key=lambda item: (-counts[item], first[item]))
    return ranked[:k] if k != 0 else []
