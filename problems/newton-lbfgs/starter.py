from collections import deque

import numpy as np


def backtracking_line_search(f, x, fx, g, d, alpha0=1.0, rho=0.5, c1=1e-4, max_iter=60):
    """First alpha in alpha0 * rho**k satisfying the Armijo sufficient-decrease condition."""
    # TODO
    raise NotImplementedError


def newton_method(f, grad, hess, x0, tol=1e-10, max_iter=50):
    """Damped Newton's method; returns (x, number_of_steps)."""
    # TODO
    raise NotImplementedError


def lbfgs_direction(g, s_hist, y_hist):
    """-H g by the two-loop recursion; the pairs are given oldest first."""
    # TODO
    raise NotImplementedError


def lbfgs(f, grad, x0, m=10, tol=1e-6, max_iter=200):
    """Limited-memory BFGS with a backtracking line search; returns (x, number_of_steps)."""
    # TODO
    raise NotImplementedError
