# Wrong: x is restored by arithmetic (add eps, subtract 2 eps, add eps), which does not give back the exact float.
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        x[idx] += eps
        up = f(x)
        x[idx] -= 2 * eps
        down = f(x)
        x[idx] += eps
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
    worst = tuple(int(i) for i in np.unravel_index(int(np.argmax(err)), err.shape))
    m = float(err.max()) if err.size else 0.0
    return {"ok": m <= tol, "max_rel_error": m, "worst_index": worst,
            "analytic": analytic, "numerical": numerical}
