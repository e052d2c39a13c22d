import numpy as np


def tile_bounds(n, block):
    """Return half-open (start, stop) ranges covering 0..n in tiles of `block` (last may be short)."""
    # TODO
    raise NotImplementedError


def matmul_naive(A, B):
    """Textbook triple-loop product of A (n, k) and B (k, m); dtype np.result_type(A, B)."""
    # TODO: check shapes, allocate C, loop over i, j, k
    raise NotImplementedError


def matmul_tiled(A, B, block):
    """Blocked product: only read A and B through tiles of at most block x block elements."""
    # TODO: loop over tile_bounds of n, m and k; accumulate tile products into C
    raise NotImplementedError
