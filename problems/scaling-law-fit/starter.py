import numpy as np


def fit_power_law(C, L):
    """Fit L = a * C**(-b) by least squares in log-log space; return (a, b)."""
    # TODO
    raise NotImplementedError


def fit_saturating_power_law(C, L):
    """Fit L = a * C**(-b) + c (0 <= c < min L) in log space; return (a, b, c)."""
    # TODO: a 1-D search over c, with a linear fit of log(L - c) on log C for each c
    raise NotImplementedError


def predict(params, C):
    """Evaluate a fitted 2- or 3-parameter law at compute C."""
    # TODO
    raise NotImplementedError


def compute_optimal(C, A, B, alpha, beta):
    """(N, D) minimising A N^-alpha + B D^-beta subject to 6 N D = C."""
    # TODO
    raise NotImplementedError
