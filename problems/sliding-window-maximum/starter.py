from collections import deque


def sliding_window_max(nums, k):
    """Maximum of every window of k consecutive elements, in O(n) comparisons.

    Raise ValueError unless 1 <= k <= len(nums).
    """
    # TODO: a deque of indices with decreasing values; pop smaller ones from the back,
    # TODO: expired ones from the front
    return []
