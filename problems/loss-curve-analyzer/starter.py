import numpy as np


def diagnose(train, val=None, window=5, tol=0.01):
    """Flag a loss curve as diverging / overfitting / oscillating / plateaued, else healthy."""
    # TODO: compute the four flags exactly as specified, then pick the label by precedence
    raise NotImplementedError
