# Correct: 1-D search over the exponent b; for fixed b, (a, c) by relative-error weighted linear least squares.
import numpy as np


def _arrays(C, L, k):
    C, L = np.asarray(C, dtype=float), np.asarray(L, dtype=float)
    if C.ndim != 1 or C.shape != L.shape or C.size < k:
        raise ValueError("C and L must be 1-D, of equal length and long enough")
    if not (np.all(np.isfinite(C)) and np.all(np.isfinite(L)) and np.all(C > 0) and np.all(L > 0)):
        raise ValueError("values must be finite and positive")
    return C, L


def fit_power_law(C, L):
    C, L = _arrays(C, L, 2)
    X = np.stack([np.ones_like(C), -np.log(C)], axis=1)
    (log_a, b), *_ = np.linalg.lstsq(X, np.log(L), rcond=None)
    return float(np.exp(log_a)), float(b)


def _ac_for_b(C, L, b):
    # minimise sum ((L - a C^-b - c) / L)^2, a first-order match to the log error
    X = np.stack([C ** -b / L, 1.0 / L], axis=1)
    (a, c), *_ = np.linalg.lstsq(X, np.ones_like(L), rcond=None)
    c = min(max(c, 0.0), L.min() * (1 - 1e-12))
    a = max(a, 1e-300)
    err = np.sum((np.log(L) - np.log(a * C ** -b + c)) ** 2)
    return err, a, c


def fit_saturating_power_law(C, L):
    C, L = _arrays(C, L, 3)
    bs = np.linspace(1e-3, 3.0, 600)
    errs = np.array([_ac_for_b(C, L, b)[0] for b in bs])
    k = int(np.argmin(errs))
    lo, hi = bs[max(k - 1, 0)], bs[min(k + 1, bs.size - 1)]
    for _ in range(100):
        m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        if _ac_for_b(C, L, m1)[0] < _ac_for_b(C, L, m2)[0]:
            hi = m2
        else:
            lo = m1
    b = (lo + hi) / 2
    _, a, c = _ac_for_b(C, L, b)
    return float(a), float(b), float(c)


def predict(params, C):
    C = np.asarray(C, dtype=float)
    a, b = params[0], params[1]
    out = a * np.power(C, -b)
    return out + params[2] if len(params) == 3 else out


def compute_optimal(C, A, B, alpha, beta):
    # log N* = [log(alpha A / (beta B)) + beta log(C / 6)] / (alpha + beta)
    log_n = (np.log(alpha * A / (beta * B)) + beta * np.log(C / 6.0)) / (alpha + beta)
    n = float(np.exp(log_n))
    return n, float(C / 6.0 / n)
