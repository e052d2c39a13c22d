# Mistake: matmul_naive sums each dot product in a Python float, so int64 products beyond 2**53 lose their low bits
import numpy as np


def tile_bounds(n, block):
    if block < 1:
        raise ValueError("block must be at least 1")
    return [(s, min(s + block, n)) for s in range(0, n, block)]


def _check(A, B):
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError(f"cannot multiply shapes {A.shape} and {B.shape}")


def matmul_naive(A, B):
    _check(A, B)
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m), dtype=np.result_type(A, B))
    for i in range(n):
        for j in range(m):
            total = 0.0
            for t in range(k):
                total += float(A[i, t] * B[t, j])
            C[i, j] = total
    return C


def matmul_tiled(A, B, block):
    _check(A, B)
    n, k = A.shape
    m = B.shape[1]
    rows, cols, inner = tile_bounds(n, block), tile_bounds(m, block), tile_bounds(k, block)
    C = np.zeros((n, m), dtype=np.result_type(A, B))
    for i0, i1 in rows:
        for j0, j1 in cols:
            acc = C[i0:i1, j0:j1]
            for k0, k1 in inner:
                acc += np.asarray(A[i0:i1, k0:k1]) @ np.asarray(B[k0:k1, j0:j1])
    return C
