import numpy as np

# Every function takes a numpy array `x` (any shape, float32 or float64) and returns a NEW array
# of the same shape and dtype. `*_grad(x)` returns the elementwise derivative d f(x) / d x.
# No overflow / divide / invalid warnings for any finite x, including |x| = 1000.
# Derivatives at exactly 0: relu -> 0, leaky_relu -> negative_slope, elu -> alpha.


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    # TODO
    raise NotImplementedError


def sigmoid_grad(x):
    # TODO
    raise NotImplementedError


def tanh(x):
    # TODO
    raise NotImplementedError


def tanh_grad(x):
    # TODO
    raise NotImplementedError


def relu(x):
    # TODO
    raise NotImplementedError


def relu_grad(x):
    """0 for x <= 0 (the derivative at exactly 0 is taken as 0), 1 for x > 0."""
    # TODO
    raise NotImplementedError


def leaky_relu(x, negative_slope=0.01):
    # TODO
    raise NotImplementedError


def leaky_relu_grad(x, negative_slope=0.01):
    # TODO
    raise NotImplementedError


def softplus(x):
    """log(1 + exp(x)), accurate and overflow-free for any x."""
    # TODO
    raise NotImplementedError


def softplus_grad(x):
    # TODO
    raise NotImplementedError


def elu(x, alpha=1.0):
    """x for x > 0, alpha * (exp(x) - 1) otherwise."""
    # TODO
    raise NotImplementedError


def elu_grad(x, alpha=1.0):
    # TODO
    raise NotImplementedError
