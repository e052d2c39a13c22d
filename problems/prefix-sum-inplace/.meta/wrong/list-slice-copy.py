# Mistake: rebuilds the list through a temporary copy (arr[:] = list(...)), O(n) extra memory.
from itertools import accumulate

import numpy as np


def prefix_sum_inplace(arr):
    if isinstance(arr, np.ndarray):
        np.cumsum(arr, out=arr)
        return arr
    arr[:] = list(accumulate(arr))
    return arr
