# Alternative: index-based while loops for the loop versions; np.clip, np.einsum and a
# log-sum-exp softmax for the vectorised ones.
import math

import numpy as np


def axpy_loop(alpha, x, y):
    out, i = [], 0
    while i < len(x):
        out.append(float(alpha * x[i] + y[i]))
        i += 1
    return out


def axpy_vec(alpha, x, y):
    return np.add(np.multiply(alpha, x, dtype=np.float64), y, dtype=np.float64)


def clipped_relu_loop(x, cap):
    out = []
    for v in x:
        if v < 0:
            out.append(0.0)
        elif v > cap:
            out.append(float(cap))
        else:
            out.append(float(v))
    return out


def clipped_relu_vec(x, cap):
    return np.clip(np.array(x, dtype=np.float64), 0.0, cap)


def row_norms_loop(rows):
    return [math.sqrt(math.fsum(v * v for v in row)) for row in rows]


def row_norms_vec(X):
    X = np.asarray(X, dtype=np.float64)
    return np.sqrt(np.einsum("ij,ij->i", X, X))


def softmax_loop(x):
    if len(x) == 0:
        return []
    top = max(x)
    log_total = top + math.log(math.fsum(math.exp(v - top) for v in x))
    return [math.exp(v - log_total) for v in x]


def softmax_vec(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return x.copy()
    top = x.max()
    log_total = top + np.log(np.exp(x - top).sum())
    return np.exp(x - log_total)
