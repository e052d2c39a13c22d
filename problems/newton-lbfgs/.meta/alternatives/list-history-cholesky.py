# Correct alternative: list history trimmed with pop(0), Newton via Cholesky (scipy-free), while-loop line search.
import numpy as np


def backtracking_line_search(f, x, fx, g, d, alpha0=1.0, rho=0.5, c1=1e-4, max_iter=60):
    gd = float(g @ d)
    if not gd < 0:
        raise ValueError("not a descent direction: g . d must be negative")
    alpha, tries = alpha0, 0
    while tries < max_iter:
        if f(x + alpha * d) <= fx + c1 * alpha * gd:
            return alpha
        alpha, tries = alpha * rho, tries + 1
    raise RuntimeError(f"no Armijo step within {max_iter} tries")


def newton_method(f, grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.asarray(x0, dtype=float).copy()
    for k in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x, k
        L = np.linalg.cholesky(hess(x))
        d = -np.linalg.solve(L.T, np.linalg.solve(L, g))
        x = x + backtracking_line_search(f, x, f(x), g, d) * d
    return x, max_iter


def lbfgs_direction(g, s_hist, y_hist):
    q = np.asarray(g, dtype=float).copy()
    k = len(s_hist)
    if k == 0:
        return -q
    rhos = [1.0 / float(y_hist[i] @ s_hist[i]) for i in range(k)]
    a = [0.0] * k
    for i in range(k - 1, -1, -1):
        a[i] = rhos[i] * float(s_hist[i] @ q)
        q = q - a[i] * y_hist[i]
    q = q * (float(s_hist[-1] @ y_hist[-1]) / float(y_hist[-1] @ y_hist[-1]))
    for i in range(k):
        beta = rhos[i] * float(y_hist[i] @ q)
        q = q + (a[i] - beta) * s_hist[i]
    return -q


def lbfgs(f, grad, x0, m=10, tol=1e-6, max_iter=200):
    x = np.asarray(x0, dtype=float).copy()
    S, Y = [], []
    g = grad(x)
    for k in range(max_iter):
        if np.linalg.norm(g) <= tol:
            return x, k
        d = lbfgs_direction(g, S, Y)
        if g @ d >= 0:
            d = -g
        step = backtracking_line_search(f, x, f(x), g, d)
        x_next = x + step * d
        g_next = grad(x_next)
        s, y = x_next - x, g_next - g
        if s @ y > 1e-10:
            S.append(s)
            Y.append(y)
            if len(S) > m:
                S.pop(0)
                Y.pop(0)
        else:
            S.clear()
            Y.clear()
        x, g = x_next, g_next
    return x, max_iter
