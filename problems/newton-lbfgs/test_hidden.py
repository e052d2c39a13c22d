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


def dense_lbfgs_matrix(s_hist, y_hist):
    n = len(s_hist[0])
    s, y = s_hist[-1], y_hist[-1]
    H = (s @ y) / (y @ y) * np.eye(n)
    for s, y in zip(s_hist, y_hist):
        rho = 1.0 / (y @ s)
        V = np.eye(n) - rho * np.outer(y, s)
        H = V.T @ H @ V + rho * np.outer(s, s)
    return H


def test_two_loop_matches_dense_bfgs_updates():
    rng = np.random.default_rng(0)
    n = 6
    Q = rng.normal(size=(n, n))
    Q = Q @ Q.T + n * np.eye(n)
    s_hist = [rng.normal(size=n) for _ in range(4)]
    y_hist = [Q @ s + 0.1 * rng.normal(size=n) for s in s_hist]
    assert all(s @ y > 0 for s, y in zip(s_hist, y_hist))
    g = rng.normal(size=n)
    want = -dense_lbfgs_matrix(s_hist, y_hist) @ g
    got = lbfgs_direction(g, s_hist, y_hist)
    np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-12,
                               err_msg="two-loop result differs from -H g with H built by BFGS updates "
                                       "oldest to newest from gamma*I (gamma from the NEWEST pair)")
    single = lbfgs_direction(g, s_hist[-1:], y_hist[-1:])
    np.testing.assert_allclose(single, -dense_lbfgs_matrix(s_hist[-1:], y_hist[-1:]) @ g, rtol=1e-10,
                               err_msg="one stored pair")


def test_two_loop_does_not_modify_inputs():
    g = np.array([1.0, 2.0])
    s_hist, y_hist = [np.array([1.0, 0.0])], [np.array([2.0, 0.5])]
    lbfgs_direction(g, s_hist, y_hist)
    np.testing.assert_array_equal(g, [1.0, 2.0], err_msg="lbfgs_direction changed g")
    np.testing.assert_array_equal(s_hist[0], [1.0, 0.0], err_msg="lbfgs_direction changed a stored s")


def test_newton_on_strictly_convex_non_quadratic():
    c = np.array([1.0, 2.0, 0.5])
    Q = np.array([[2.0, 0.3, 0.0], [0.3, 1.0, 0.2], [0.0, 0.2, 1.5]])
    f = lambda x: float(np.sum(np.exp(x) - c * x) + 0.5 * x @ Q @ x)  # noqa: E731
    grad = lambda x: np.exp(x) - c + Q @ x  # noqa: E731
    hess = lambda x: np.diag(np.exp(x)) + Q  # noqa: E731
    x, k = newton_method(f, grad, hess, np.array([3.0, -3.0, 2.0]), tol=1e-10)
    assert np.linalg.norm(grad(x)) <= 1e-10, f"gradient norm {np.linalg.norm(grad(x)):.2e} after Newton"
    assert k <= 12, f"Newton converges quadratically here; {k} steps is too many"
    xs, ks = newton_method(f, grad, hess, x, tol=1e-10)
    assert ks == 0 and np.array_equal(xs, x), "starting at a solution, Newton takes no step"


def test_line_search_armijo_and_errors():
    A = np.diag([1.0, 10.0])
    f = lambda x: 0.5 * x @ A @ x  # noqa: E731
    x = np.array([1.0, 1.0])
    g = A @ x
    alpha = backtracking_line_search(f, x, f(x), g, -g, alpha0=1.0, rho=0.5, c1=1e-4)
    assert f(x - alpha * g) <= f(x) - 1e-4 * alpha * (g @ g), "the returned step must satisfy Armijo"
    assert f(x - 2 * alpha * g) > f(x) - 1e-4 * 2 * alpha * (g @ g), "return the FIRST acceptable step, not a smaller one"
    sq = lambda z: float(z @ z)  # noqa: E731
    d = np.array([-2.0 * (1 - 1e-6)])
    got = backtracking_line_search(sq, np.array([1.0]), 1.0, np.array([2.0]), d)
    assert got == 0.5, (
        f"alpha=1 decreases f by only 4e-6, less than c1 * alpha * |g.d| = 4e-4: Armijo rejects it, so expect 0.5, "
        f"got {got}"
    )
    with pytest.raises(ValueError):
        backtracking_line_search(f, x, f(x), g, g)
    with pytest.raises(RuntimeError):
        backtracking_line_search(lambda z: 1.0, x, 0.0, g, -g, max_iter=5)


def test_lbfgs_small_memory_and_higher_dimension():
    x, k = lbfgs(rosen, rosen_grad, np.array([-1.2, 1.0]), m=3, tol=1e-6, max_iter=150)
    np.testing.assert_allclose(x, [1.0, 1.0], atol=1e-4, err_msg="L-BFGS with m=3 on 2-D Rosenbrock")
    x0 = np.tile([-1.2, 1.0], 5)
    x, k = lbfgs(rosen, rosen_grad, x0, m=10, tol=1e-6, max_iter=250)
    assert np.abs(x - 1).max() < 1e-4 and k < 250, f"10-D Rosenbrock: ended at {x} after {k} steps"


def test_lbfgs_counts_gradient_calls_and_stops_at_tolerance():
    calls = [0]
    A = np.diag(np.arange(1.0, 21.0))
    b = np.ones(20)

    def grad(x):
        calls[0] += 1
        return A @ x - b

    x, k = lbfgs(lambda x: 0.5 * x @ A @ x - b @ x, grad, np.zeros(20), m=5, tol=1e-8, max_iter=200)
    np.testing.assert_allclose(x, b / np.diag(A), atol=1e-7, err_msg="20-D diagonal quadratic")
    assert calls[0] == k + 1, f"one gradient per iteration plus one at the start: {k} steps used {calls[0]} calls"
    x, k = lbfgs(lambda x: 0.5 * x @ A @ x - b @ x, lambda x: A @ x - b, b / np.diag(A), tol=1e-8)
    assert k == 0, "starting at the minimum, lbfgs takes no step"


def test_lbfgs_passes_the_newest_m_pairs_oldest_first(monkeypatch):
    import solution

    seen_x = []

    def grad(x):
        seen_x.append(np.array(x, dtype=float))
        return rosen_grad(x)

    calls = []
    real = solution.lbfgs_direction

    def spy(g, s_hist, y_hist):
        calls.append((len(seen_x), [np.array(s) for s in s_hist]))
        return real(g, s_hist, y_hist)

    monkeypatch.setattr(solution, "lbfgs_direction", spy)
    x, k = lbfgs(rosen, grad, np.tile([-1.2, 1.0], 3), m=3, tol=1e-6, max_iter=300)
    assert calls, "lbfgs must get its directions from lbfgs_direction"
    sizes = [len(s) for _, s in calls]
    assert max(sizes) <= 3, f"with m=3 at most 3 pairs may be kept, but lbfgs_direction received {max(sizes)}"
    assert max(sizes) == 3, "the history should fill up to m=3 pairs on this problem"
    for n_grads, s_hist in calls:
        if s_hist and n_grads >= 2:
            newest = seen_x[n_grads - 1] - seen_x[n_grads - 2]
            np.testing.assert_allclose(s_hist[-1], newest, rtol=1e-12, atol=1e-15, err_msg=(
                "the last pair passed to lbfgs_direction must be the newest step s = x_new - x "
                "(the lists are oldest first)"))


def test_line_search_calls_f_once_per_candidate():
    calls = []

    def sq(z):
        calls.append(1)
        return float(z @ z)

    x = np.array([1.0])
    alpha = backtracking_line_search(sq, x, 1.0, np.array([2.0]), np.array([-2.0]))
    assert alpha == 0.5, f"alpha = 1 overshoots to f = 1 and fails Armijo, 0.5 reaches 0: expected 0.5, got {alpha}"
    assert len(calls) == 2, (
        f"two candidates (1 and 0.5) need exactly two calls of f, got {len(calls)}: use the fx you are given")


def test_max_iter_is_returned_when_not_converged():
    c = np.array([1.0, 2.0, 0.5])
    f = lambda x: float(np.sum(np.exp(x) - c * x) + 0.5 * x @ x)  # noqa: E731
    grad = lambda x: np.exp(x) - c + x  # noqa: E731
    hess = lambda x: np.diag(np.exp(x)) + np.eye(3)  # noqa: E731
    x, k = newton_method(f, grad, hess, np.array([6.0, -6.0, 5.0]), tol=1e-12, max_iter=2)
    assert np.linalg.norm(grad(x)) > 1e-12, "test data: two Newton steps do not converge from this start"
    assert k == 2, f"Newton stopped by max_iter=2 without converging must report k = max_iter = 2, got {k}"
    x, k = lbfgs(rosen, rosen_grad, np.array([-1.2, 1.0]), tol=1e-12, max_iter=3)
    assert k == 3, f"L-BFGS stopped by max_iter=3 without converging must report k = 3, got {k}"


def test_line_search_uses_alpha0_and_rho():
    sq = lambda z: float(z @ z)  # noqa: E731
    x, g, d = np.array([1.0]), np.array([2.0]), np.array([-2.0])
    got = backtracking_line_search(sq, x, 1.0, g, d, alpha0=0.3)
    assert got == 0.3, f"alpha0=0.3 already satisfies Armijo for f = x**2 from x = 1, so expect 0.3, got {got}"
    got = backtracking_line_search(sq, x, 1.0, g, d, alpha0=4.0, rho=0.25)
    assert got == 0.25, f"candidates 4, 1, 0.25 (rho = 0.25): 4 and 1 fail Armijo, 0.25 passes; got {got}"


def test_lbfgs_clears_the_history_after_a_pair_without_curvature(monkeypatch):
    import solution

    f = lambda x: float(np.sum(np.cos(3 * x)) + 0.05 * x @ x)  # noqa: E731  (non-convex)
    raw_grad = lambda x: -3 * np.sin(3 * x) + 0.1 * x  # noqa: E731
    seen_x = []

    def grad(x):
        seen_x.append(np.array(x, dtype=float))
        return raw_grad(x)

    sizes = []
    real = solution.lbfgs_direction

    def spy(g, s_hist, y_hist):
        sizes.append(len(s_hist))
        return real(g, s_hist, y_hist)

    monkeypatch.setattr(solution, "lbfgs_direction", spy)
    lbfgs(f, grad, np.array([2.0, 0.01]), m=5, tol=1e-8, max_iter=100)
    cleared = False
    for j in range(1, len(sizes)):
        s = seen_x[j] - seen_x[j - 1]
        y = raw_grad(seen_x[j]) - raw_grad(seen_x[j - 1])
        if s @ y <= 1e-10:
            cleared = cleared or sizes[j - 1] > 0
            assert sizes[j] == 0, (
                f"step {j} had s . y = {s @ y:.3g} <= 1e-10: do not store it and clear the history, but the next "
                f"direction was computed from {sizes[j]} stored pairs")
        else:
            assert sizes[j] == min(sizes[j - 1] + 1, 5), (
                f"step {j} had positive curvature: it is stored (keeping the newest m = 5), expected "
                f"{min(sizes[j - 1] + 1, 5)} pairs, got {sizes[j]}")
    assert cleared, "test data: some step without curvature must come after stored pairs"


def test_line_search_rejects_a_direction_with_zero_slope():
    f = lambda z: float(z @ z)  # noqa: E731
    x = np.array([1.0, 0.0])
    g = 2 * x
    for d in (np.zeros(2), np.array([0.0, 3.0])):          # g . d == 0: not a descent direction
        with pytest.raises(ValueError):
            backtracking_line_search(f, x, f(x), g, d)
