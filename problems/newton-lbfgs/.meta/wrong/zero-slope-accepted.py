# accepts a direction with g . d == 0 (only a positive slope is rejected)
from collections import deque

import numpy as np


def backtracking_line_search(f, x, fx, g, d, alpha0=1.0, rho=0.5, c1=1e-4, max_iter=60):
    """Largest alpha in alpha0 * rho**k (k = 0, 1, ...) satisfying the Armijo condition."""
    slope = float(np.dot(g, d))
    if slope > 0:
        raise ValueError("d is not a descent direction")
    alpha = alpha0
    for _ in range(max_iter):
        if f(x + alpha * d) <= fx + c1 * alpha * slope:
            return alpha
        alpha *= rho
    raise RuntimeError("line search found no acceptable step")


def newton_method(f, grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for k in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x, k
        d = np.linalg.solve(hess(x), -g)
        alpha = backtracking_line_search(f, x, f(x), g, d)
        x = x + alpha * d
    return x, max_iter


def lbfgs_direction(g, s_hist, y_hist):
    """Return -H g for the L-BFGS inverse-Hessian estimate built from the pairs (oldest first)."""
    q = np.array(g, dtype=float)
    if not s_hist:
        return -q
    alphas = []
    for s, y in zip(reversed(s_hist), reversed(y_hist)):
        rho = 1.0 / np.dot(y, s)
        a = rho * np.dot(s, q)
        q -= a * y
        alphas.append((rho, a))
    s, y = s_hist[-1], y_hist[-1]
    r = (np.dot(s, y) / np.dot(y, y)) * q
    for (s, y), (rho, a) in zip(zip(s_hist, y_hist), reversed(alphas)):
        b = rho * np.dot(y, r)
        r += (a - b) * s
    return -r


def lbfgs(f, grad, x0, m=10, tol=1e-6, max_iter=200):
    x = np.array(x0, dtype=float)
    s_hist, y_hist = deque(maxlen=m), deque(maxlen=m)
    g = grad(x)
    for k in range(max_iter):
        if np.linalg.norm(g) <= tol:
            return x, k
        d = lbfgs_direction(g, list(s_hist), list(y_hist))
        if np.dot(g, d) >= 0:  # safeguard: fall back to steepest descent
            d = -g
        alpha = backtracking_line_search(f, x, f(x), g, d)
        x_new = x + alpha * d
        g_new = grad(x_new)
        s, y = x_new - x, g_new - g
        if np.dot(s, y) > 1e-10:
            s_hist.append(s)
            y_hist.append(y)
        else:  # no positive curvature along s: the stored model is stale, start it again
            s_hist.clear()
            y_hist.clear()
        x, g = x_new, g_new
    return x, max_iter
