import math

import numpy as np


def axpy_loop(alpha, x, y):
    """Return [alpha * x[i] + y[i] for each i] as a new list, using an explicit loop."""
    # TODO
    raise NotImplementedError


def axpy_vec(alpha, x, y):
    """Return alpha * x + y as a new float64 array, with no per-element Python work."""
    # TODO
    raise NotImplementedError


def clipped_relu_loop(x, cap):
    """Return each x[i] clipped to the interval [0, cap], as a new list."""
    # TODO
    raise NotImplementedError


def clipped_relu_vec(x, cap):
    """Vectorised clipped ReLU: a new float64 array with values in [0, cap]."""
    # TODO
    raise NotImplementedError


def row_norms_loop(rows):
    """Return the Euclidean norm of each row (a list of lists) as a new list."""
    # TODO
    raise NotImplementedError


def row_norms_vec(X):
    """Vectorised row norms of a 2-D array: a float64 array of shape (n,)."""
    # TODO
    raise NotImplementedError


def softmax_loop(x):
    """Numerically stable softmax of a list of numbers, as a new list."""
    # TODO: subtract the maximum before exponentiating
    raise NotImplementedError


def softmax_vec(x):
    """Numerically stable softmax of a 1-D array, as a new float64 array."""
    # TODO
    raise NotImplementedError
