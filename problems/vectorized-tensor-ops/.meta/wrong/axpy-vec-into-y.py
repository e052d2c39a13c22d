# Mistake: axpy_vec adds alpha * x into y itself when y is already float64 (astype with copy=False), modifying the input
import math

import numpy as np


def axpy_loop(alpha, x, y):
    return [float(alpha * a + b) for a, b in zip(x, y)]


def axpy_vec(alpha, x, y):
    out = y.astype(np.float64, copy=False)
    out += alpha * x
    return out


def clipped_relu_loop(x, cap):
    out = []
    for v in x:
        out.append(float(min(max(v, 0.0), cap)))
    return out


def clipped_relu_vec(x, cap):
    return np.asarray(np.minimum(np.maximum(x, 0.0), cap), dtype=np.float64)


def row_norms_loop(rows):
    out = []
    for row in rows:
        total = 0.0
        for v in row:
            total += v * v
        out.append(math.sqrt(total))
    return out


def row_norms_vec(X):
    return np.asarray(np.sqrt(np.sum(X * X, axis=1)), dtype=np.float64)


def softmax_loop(x):
    if not x:
        return []
    top = max(x)
    exps = [math.exp(v - top) for v in x]
    total = sum(exps)
    return [e / total for e in exps]


def softmax_vec(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return np.zeros(0)
    e = np.exp(x - np.max(x))
    return e / np.sum(e)
