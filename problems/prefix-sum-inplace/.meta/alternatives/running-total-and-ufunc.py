# Correct: a running total for lists, np.add.accumulate writing into the same buffer for arrays.
import numpy as np


def prefix_sum_inplace(arr):
    if isinstance(arr, np.ndarray):
        np.add.accumulate(arr, out=arr)
        return arr
    total = 0
    for i, value in enumerate(arr):
        total = total + value if i else value
        arr[i] = total
    return arr
