# Correct alternative: loop over flat positions with x.flat, floor applied with np.where.
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    out = np.empty(x.size, dtype=np.float64)
    for i in range(x.size):
        keep = x.flat[i]
        x.flat[i] = keep + eps
        fp = f(x)
        x.flat[i] = keep - eps
        fm = f(x)
        x.flat[i] = keep
        out[i] = (fp - fm) / (2.0 * eps)
    return out.reshape(x.shape)


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    den = np.abs(a) + np.abs(b)
    return np.abs(a - b) / np.where(den > floor, den, floor)


def check_gradient(f, grad_f, x, eps=1e-5, tol=1e-6):
    g = np.asarray(grad_f(x), dtype=np.float64)
    if g.shape != x.shape:
        raise ValueError(f"shape mismatch: grad_f(x) is {g.shape} but x is {x.shape}")
    num = numerical_gradient(f, x, eps=eps)
    err = relative_error(g, num)
    pos = int(err.argmax())
    m = float(err.reshape(-1)[pos])
    worst = tuple(int(i) for i in np.unravel_index(pos, x.shape))
    return {"ok": bool(m <= tol), "max_rel_error": m, "worst_index": worst,
            "analytic": g, "numerical": num}
