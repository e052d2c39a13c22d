import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    """Central-difference gradient of scalar f at x (same shape as x); x is left unchanged."""
    # TODO
    raise NotImplementedError


def relative_error(a, b, floor=1e-8):
    """Elementwise |a - b| / max(|a| + |b|, floor)."""
    # TODO
    raise NotImplementedError


def check_gradient(f, grad_f, x, eps=1e-5, tol=1e-6):
    """Compare grad_f(x) with finite differences; return a report dict."""
    # TODO
    raise NotImplementedError
