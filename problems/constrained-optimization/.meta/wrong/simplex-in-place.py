# Mistake: project_simplex shifts and clips the caller's float array in place and returns it.
import numpy as np


def project_box(x, lower, upper):
    """Closest point of the box [lower, upper] (elementwise bounds, broadcastable)."""
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("lower must not exceed upper")
    return np.clip(np.asarray(x, dtype=float), lower, upper)


def project_simplex(v, z=1.0):
    """Euclidean projection of v onto {w : w >= 0, sum(w) = z}; O(n log n)."""
    if z <= 0:
        raise ValueError("z must be positive")
    v = np.asarray(v, dtype=float)
    u = np.sort(v)[::-1]
    cumulative = np.cumsum(u) - z
    ks = np.arange(1, len(v) + 1)
    k = ks[u - cumulative / ks > 0][-1]
    theta = cumulative[k - 1] / k
    v -= theta                      # shift and clip without a temporary
    np.maximum(v, 0.0, out=v)
    return v


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    """x <- project(x - lr * grad(x)), starting from project(x0)."""
    x = project(np.array(x0, dtype=float))
    for _ in range(n_steps):
        x = project(x - lr * grad(x))
    return x


def _minimize(fun, grad, x, tol, max_iter=20_000):
    """Gradient descent with Armijo backtracking; the step is reused between iterations."""
    step = 1.0
    fx, g = fun(x), grad(x)
    for _ in range(max_iter):
        if np.linalg.norm(g) <= tol:
            break
        step *= 2.0
        while True:
            x_new = x - step * g
            f_new = fun(x_new)
            if f_new < fx - 1e-4 * step * (g @ g):
                break
            step *= 0.5
            if step < 1e-20:  # no decrease representable in floating point: done
                return x
        x, fx, g = x_new, f_new, grad(x_new)
    return x


def augmented_lagrangian(f, grad_f, h, jac_h, x0, mu=10.0, tol=1e-8, max_outer=50):
    """Minimise f subject to h(x) = 0; return (x, lam) with grad f + J^T lam = 0 at the solution."""
    x = np.array(x0, dtype=float)
    lam = np.zeros(len(np.atleast_1d(h(x))))

    def la(z):
        hz = np.atleast_1d(h(z))
        return f(z) + lam @ hz + 0.5 * mu * hz @ hz

    def la_grad(z):
        hz = np.atleast_1d(h(z))
        J = np.atleast_2d(jac_h(z))
        return grad_f(z) + J.T @ (lam + mu * hz)

    for _ in range(max_outer):
        x = _minimize(la, la_grad, x, tol=tol)
        hx = np.atleast_1d(h(x))
        lam = lam + mu * hx
        if np.linalg.norm(hx) <= tol:
            break
    return x, lam
