# Mistake: Numpy path adds a shifted copy once (arr[1:] += arr[:-1]), giving pairwise sums, not running totals
import numpy as np


def prefix_sum_inplace(arr):
    if isinstance(arr, np.ndarray):
        if len(arr) > 1:
            arr[1:] += arr[:-1]
        return arr
    for i in range(1, len(arr)):
        arr[i] += arr[i - 1]
    return arr
