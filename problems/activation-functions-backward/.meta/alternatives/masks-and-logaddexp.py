# Correct alternative: boolean-mask assignment into fresh arrays, softplus via np.logaddexp.
import numpy as np


def _arr(x):
    x = np.asarray(x)
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float64)


def sigmoid(x):
    x = _arr(x)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 - s)


def tanh(x):
    return np.tanh(_arr(x))


def tanh_grad(x):
    return 1 - np.tanh(_arr(x)) ** 2


def relu(x):
    x = _arr(x)
    out = x.copy()
    out[out < 0] = 0
    return out


def relu_grad(x):
    x = _arr(x)
    out = np.zeros_like(x)
    out[x > 0] = 1
    return out


def leaky_relu(x, negative_slope=0.01):
    x = _arr(x)
    out = x.copy()
    neg = x <= 0
    out[neg] = x[neg] * negative_slope
    return out


def leaky_relu_grad(x, negative_slope=0.01):
    x = _arr(x)
    out = np.full_like(x, negative_slope)
    out[x > 0] = 1
    return out


def softplus(x):
    x = _arr(x)
    return np.logaddexp(x.dtype.type(0), x)


def softplus_grad(x):
    return sigmoid(x)


def elu(x, alpha=1.0):
    x = _arr(x)
    out = x.copy()
    neg = x <= 0
    out[neg] = alpha * np.expm1(x[neg])
    return out


def elu_grad(x, alpha=1.0):
    x = _arr(x)
    out = np.ones_like(x)
    neg = x <= 0
    out[neg] = alpha * np.exp(x[neg])
    return out
