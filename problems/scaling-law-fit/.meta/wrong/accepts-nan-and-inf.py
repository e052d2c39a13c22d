# Mistake: checks only that values are positive, so NaN and inf pass the input check and come back as NaN fits
import numpy as np


def _check(C, L, k):
    C = np.asarray(C, dtype=np.float64)
    L = np.asarray(L, dtype=np.float64)
    if C.shape != L.shape or C.ndim != 1 or len(C) < k:
        raise ValueError(f"need two 1-D arrays of equal length >= {k}")
    if np.any(C <= 0) or np.any(L <= 0):
        raise ValueError("compute and loss values must be finite and positive")
    return C, L


def fit_power_law(C, L):
    C, L = _check(C, L, 2)
    slope, intercept = np.polyfit(np.log(C), np.log(L), 1)
    return float(np.exp(intercept)), float(-slope)


def _fit_given_c(logC, L, c):
    slope, intercept = np.polyfit(logC, np.log(L - c), 1)
    a, b = np.exp(intercept), -slope
    resid = np.log(a * np.exp(-b * logC) + c) - np.log(L)
    return float(np.sum(resid**2)), float(a), float(b)


def fit_saturating_power_law(C, L):
    C, L = _check(C, L, 3)
    logC = np.log(C)
    hi = L.min() * (1 - 1e-9)
    grid = np.linspace(0.0, hi, 400)
    errs = [_fit_given_c(logC, L, c)[0] for c in grid]
    k = int(np.argmin(errs))
    lo, up = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
    g = (np.sqrt(5) - 1) / 2
    x1, x2 = up - g * (up - lo), lo + g * (up - lo)
    f1, f2 = _fit_given_c(logC, L, x1)[0], _fit_given_c(logC, L, x2)[0]
    for _ in range(80):
        if f1 < f2:
            up, x2, f2 = x2, x1, f1
            x1 = up - g * (up - lo)
            f1 = _fit_given_c(logC, L, x1)[0]
        else:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + g * (up - lo)
            f2 = _fit_given_c(logC, L, x2)[0]
    c = (lo + up) / 2
    _, a, b = _fit_given_c(logC, L, c)
    return _polish(logC, L, a, b, float(c))


def _polish(logC, L, a, b, c, iters=50):
    """Levenberg-Marquardt steps on (log a, b, c) for the exact log-space objective."""
    x = np.array([np.log(a), b, c])
    logL = np.log(L)

    def resid(x):
        return logL - np.log(np.exp(x[0] - x[1] * logC) + x[2])

    r, lam = resid(x), 1e-3
    for _ in range(iters):
        power = np.exp(x[0] - x[1] * logC)
        model = power + x[2]
        J = -np.stack([power / model, -logC * power / model, 1.0 / model], axis=1)
        H = J.T @ J
        step = np.linalg.solve(H + lam * np.diag(np.diag(H)), -J.T @ r)
        trial = x + step
        if 0 <= trial[2] < L.min() and trial[1] > 0 and np.sum(resid(trial) ** 2) < np.sum(r**2):
            x, r, lam = trial, resid(trial), lam * 0.3
        else:
            lam *= 10
    return float(np.exp(x[0])), float(x[1]), float(x[2])


def predict(params, C):
    C = np.asarray(C, dtype=np.float64)
    if len(params) == 2:
        a, b = params
        return a * C ** (-b)
    a, b, c = params
    return a * C ** (-b) + c


def compute_optimal(C, A, B, alpha, beta):
    G = (alpha * A / (beta * B)) ** (1.0 / (alpha + beta))
    n = G * (C / 6.0) ** (beta / (alpha + beta))
    return float(n), float(C / (6.0 * n))
