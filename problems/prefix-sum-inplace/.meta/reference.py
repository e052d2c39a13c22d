import numpy as np


def prefix_sum_inplace(arr):
    """Replace each element of `arr` with the running total up to it; return `arr` itself."""
    if isinstance(arr, np.ndarray):
        np.cumsum(arr, out=arr)
        return arr
    for i in range(1, len(arr)):
        arr[i] += arr[i - 1]
    return arr
