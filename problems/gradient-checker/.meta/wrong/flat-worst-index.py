# worst_index is the flat argmax position, not an index tuple into x
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        up = f(x)
        x[idx] = old - eps
        down = f(x)
        x[idx] = old
        grad[idx] = (up - down) / (2 * eps)
    return grad


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)


def check_gradient(f, grad_f, x, eps=1e-5, tol=1e-6):
    analytic = np.asarray(grad_f(x), dtype=np.float64)
    if analytic.shape != x.shape:
        raise ValueError(f"analytic gradient has shape {analytic.shape}, x has shape {x.shape}")
    numerical = numerical_gradient(f, x, eps)
    err = relative_error(analytic, numerical)
    worst = (int(np.argmax(err)),)
    m = float(err.max()) if err.size else 0.0
    return {"ok": m <= tol, "max_rel_error": m, "worst_index": worst,
            "analytic": analytic, "numerical": numerical}
