import numpy as np


def project_box(x, lower, upper):
    """Closest point of the box [lower, upper]."""
    # TODO
    raise NotImplementedError


def project_simplex(v, z=1.0):
    """Exact Euclidean projection of v onto {w >= 0, sum(w) = z} (aim for one sort)."""
    # TODO
    raise NotImplementedError


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    """x <- project(x - lr * grad(x)), n_steps times, starting from project(x0)."""
    # TODO
    raise NotImplementedError


def augmented_lagrangian(f, grad_f, h, jac_h, x0, mu=10.0, tol=1e-8, max_outer=50):
    """Minimise f subject to h(x) = 0; return (x, lam)."""
    # TODO: inner minimisation of the augmented Lagrangian, then the multiplier update
    raise NotImplementedError
