# Correct: tiles multiplied with np.einsum, the naive product over np.ndindex.
import numpy as np


def tile_bounds(n, block):
    if block < 1:
        raise ValueError(f"block must be positive, got {block}")
    bounds, start = [], 0
    while start < n:
        bounds.append((start, min(n, start + block)))
        start += block
    return bounds


def _shapes(A, B):
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError("both operands must be 2-D")
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"inner dimensions differ: {A.shape[1]} vs {B.shape[0]}")
    return A.shape[0], A.shape[1], B.shape[1]


def matmul_naive(A, B):
    n, k, m = _shapes(A, B)
    C = np.zeros((n, m), dtype=np.result_type(A, B))
    for i, j in np.ndindex(n, m):
        s = C.dtype.type(0)
        for t in range(k):
            s = s + A[i, t] * B[t, j]
        C[i, j] = s
    return C


def matmul_tiled(A, B, block):
    n, k, m = _shapes(A, B)
    C = np.zeros((n, m), dtype=np.result_type(A, B))
    for k0, k1 in tile_bounds(k, block):
        for i0, i1 in tile_bounds(n, block):
            a = A[i0:i1, k0:k1]
            for j0, j1 in tile_bounds(m, block):
                C[i0:i1, j0:j1] += np.einsum("ik,kj->ij", a, B[k0:k1, j0:j1])
    return C
