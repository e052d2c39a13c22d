# perturbs entries through x.reshape(-1), which is a copy (not a view) for a non-contiguous x
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    flat = x.reshape(-1)
    grad = np.zeros(flat.size, dtype=np.float64)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        up = f(x)
        flat[i] = old - eps
        down = f(x)
        flat[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad.reshape(x.shape)


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
