# Mistake: np.cumsum(arr) builds a second array before it is copied back, O(n) extra memory.
import numpy as np


def prefix_sum_inplace(arr):
    if isinstance(arr, np.ndarray):
        arr[:] = np.cumsum(arr)
        return arr
    for i in range(1, len(arr)):
        arr[i] += arr[i - 1]
    return arr
