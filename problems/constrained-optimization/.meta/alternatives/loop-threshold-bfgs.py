# Correct alternative: simplex threshold found by a loop over the sorted values; inner minimisation by BFGS.
import numpy as np


def project_box(x, lower, upper):
    lo = np.broadcast_to(np.asarray(lower, dtype=float), np.shape(x))
    hi = np.broadcast_to(np.asarray(upper, dtype=float), np.shape(x))
    if (lo > hi).any():
        raise ValueError("lower > upper")
    return np.minimum(np.maximum(np.array(x, dtype=float), lo), hi)


def project_simplex(v, z=1.0):
    if not z > 0:
        raise ValueError("z must be > 0")
    v = np.array(v, dtype=float)
    u = np.sort(v)[::-1]
    running, theta = 0.0, 0.0
    for j, uj in enumerate(u, 1):
        running += uj
        t = (running - z) / j
        if uj > t:
            theta = t
    return np.maximum(v - theta, 0.0)


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    x = project(np.array(x0, dtype=float))
    for _ in range(n_steps):
        x = project(x - lr * grad(x))
    return x


def _descend(fun, grad, x, tol):
    """BFGS with a backtracking (Armijo) line search."""
    n = x.size
    H = np.eye(n)
    g = grad(x)
    fx = fun(x)
    for _ in range(2000):
        if np.linalg.norm(g) <= tol:
            break
        d = -H @ g
        if g @ d >= 0:          # lost descent: restart from the gradient
            H = np.eye(n)
            d = -g
        step = 1.0
        while fun(x + step * d) > fx + 1e-4 * step * (g @ d):
            step *= 0.5
            if step < 1e-16:
                return x
        x_new = x + step * d
        g_new = grad(x_new)
        s_vec, y_vec = x_new - x, g_new - g
        sy = s_vec @ y_vec
        if sy > 1e-300:
            rho = 1.0 / sy
            I = np.eye(n)
            H = (I - rho * np.outer(s_vec, y_vec)) @ H @ (I - rho * np.outer(y_vec, s_vec)) + rho * np.outer(s_vec, s_vec)
        x, g, fx = x_new, g_new, fun(x_new)
    return x


def augmented_lagrangian(f, grad_f, h, jac_h, x0, mu=10.0, tol=1e-8, max_outer=50):
    x = np.array(x0, dtype=float)
    lam = np.zeros(np.atleast_1d(h(x)).shape[0])
    for _ in range(max_outer):
        cur = lam.copy()

        def obj(z, cur=cur):
            hz = np.atleast_1d(h(z))
            return f(z) + cur @ hz + mu / 2 * hz @ hz

        def obj_grad(z, cur=cur):
            return grad_f(z) + np.atleast_2d(jac_h(z)).T @ (cur + mu * np.atleast_1d(h(z)))

        x = _descend(obj, obj_grad, x, tol)
        hx = np.atleast_1d(h(x))
        lam = cur + mu * hx
        if np.linalg.norm(hx) <= tol:
            break
    return x, lam
