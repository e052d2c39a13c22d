import numpy as np
import pytest

from solution import backtracking_line_search, lbfgs, lbfgs_direction, newton_method


def rosen(x):
    return float(np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2))


def rosen_grad(x):
    g = np.zeros_like(x)
    g[:-1] += -400.0 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2.0 * (1.0 - x[:-1])
    g[1:] += 200.0 * (x[1:] - x[:-1] ** 2)
    return g


def test_newton_solves_a_quadratic_in_one_step():
    A = np.array([[3.0, 1.0], [1.0, 2.0]])
    b = np.array([1.0, -1.0])
    x, k = newton_method(lambda x: 0.5 * x @ A @ x - b @ x, lambda x: A @ x - b, lambda x: A, np.array([5.0, 5.0]))
    np.testing.assert_allclose(x, np.linalg.solve(A, b), atol=1e-12, err_msg="Newton should land on A^-1 b")
    assert k == 1, f"a full Newton step solves a quadratic exactly: expected 1 step, got {k}"


def test_line_search_returns_first_armijo_step():
    calls = []

    def f(x):
        calls.append(x.copy())
        return float(x @ x)

    alpha = backtracking_line_search(f, np.array([1.0]), 1.0, np.array([2.0]), np.array([-2.0]))
    assert alpha == 0.5, f"alpha=1 overshoots to f=1 (no decrease), alpha=0.5 reaches 0: expected 0.5, got {alpha}"
    assert len(calls) == 2, f"two candidates need two evaluations of f, got {len(calls)}"


def test_two_loop_with_no_history_is_steepest_descent():
    g = np.array([1.0, -2.0, 3.0])
    np.testing.assert_allclose(lbfgs_direction(g, [], []), -g, err_msg="with no pairs, H = I and the direction is -g")


def test_lbfgs_solves_rosenbrock_within_budget():
    x, k = lbfgs(rosen, rosen_grad, np.array([-1.2, 1.0]), m=10, tol=1e-6, max_iter=150)
    np.testing.assert_allclose(x, [1.0, 1.0], atol=1e-4, err_msg="L-BFGS should reach the Rosenbrock minimum (1, 1)")
    assert k < 150 and np.linalg.norm(rosen_grad(x)) <= 1e-6, (
        f"stopped after {k} steps with gradient norm {np.linalg.norm(rosen_grad(x)):.2e}: "
        "L-BFGS needs well under 150 steps here (gradient descent needs thousands)"
    )
