def prefix_sum_inplace(arr):
    """Replace each element of `arr` with the running total up to it; return `arr` itself.

    `arr` is a list of numbers or a 1-D numpy array. Use O(1) extra space.
    """
    # TODO: accumulate a running total, writing it back into arr
    return arr
