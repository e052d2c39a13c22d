# Mistake: reads arr[0] before checking the length, so an empty input raises IndexError.
import numpy as np


def prefix_sum_inplace(arr):
    total = arr[0]
    for i in range(1, len(arr)):
        total = total + arr[i]
        arr[i] = total
    return arr
