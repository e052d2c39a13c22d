def top_k_frequent(items, k):
    """Return the k most frequent distinct values of `items`, most frequent first.

    Ties are ordered by first appearance. `items` may be a one-shot iterator; values may not
    be mutually comparable. k <= 0 returns [].
    """
    # TODO: count in one pass (remember each value's first index), then select the top k
    return []
