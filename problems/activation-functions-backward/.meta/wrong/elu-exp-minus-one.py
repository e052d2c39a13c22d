# Mistake: elu computes alpha * (exp(x) - 1) instead of expm1, losing all precision for tiny negative x.
import numpy as np


def _f(x):
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float64)
    return x


def sigmoid(x):
    x = _f(x)
    e = np.exp(-np.abs(x))                       # in (0, 1]: never overflows
    pos = 1.0 / (1.0 + e)
    return np.where(x >= 0, pos, e * pos).astype(x.dtype, copy=False)


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 - s)


def tanh(x):
    return np.tanh(_f(x))


def tanh_grad(x):
    t = np.tanh(_f(x))
    return 1 - t * t


def relu(x):
    x = _f(x)
    return np.maximum(x, 0).astype(x.dtype, copy=False)


def relu_grad(x):
    x = _f(x)
    return (x > 0).astype(x.dtype)


def leaky_relu(x, negative_slope=0.01):
    x = _f(x)
    return np.where(x > 0, x, x * negative_slope).astype(x.dtype, copy=False)


def leaky_relu_grad(x, negative_slope=0.01):
    x = _f(x)
    return np.where(x > 0, 1.0, negative_slope).astype(x.dtype)


def softplus(x):
    x = _f(x)
    # log(1 + e^x) = max(x, 0) + log1p(e^{-|x|})
    return (np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))).astype(x.dtype, copy=False)


def softplus_grad(x):
    return sigmoid(x)


def elu(x, alpha=1.0):
    x = _f(x)
    neg = alpha * (np.exp(np.minimum(x, 0)) - 1.0)
    return np.where(x > 0, x, neg).astype(x.dtype, copy=False)


def elu_grad(x, alpha=1.0):
    x = _f(x)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0))).astype(x.dtype)
