import numpy as np
import pytest

from solution import augmented_lagrangian, project_box, project_simplex, projected_gradient_descent


def simplex_by_bisection(v, z):
    lo, hi = v.min() - z, v.max()
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if np.maximum(v - mid, 0).sum() > z:
            lo = mid
        else:
            hi = mid
    return np.maximum(v - 0.5 * (lo + hi), 0)


@pytest.mark.parametrize("seed, z, scale", [(0, 1.0, 1.0), (1, 3.5, 10.0), (2, 0.2, 0.01), (3, 1.0, 100.0)])
def test_simplex_projection_matches_bisection(seed, z, scale):
    v = np.random.default_rng(seed).normal(size=40) * scale
    got = project_simplex(v, z)
    assert got.shape == v.shape, f"shape should be {v.shape}, got {got.shape}"
    assert np.all(got >= 0) and got.sum() == pytest.approx(z, rel=1e-9), "result must be non-negative and sum to z"
    np.testing.assert_allclose(got, simplex_by_bisection(v, z), atol=1e-9,
                               err_msg=f"not the exact projection (z={z}, scale={scale})")


def test_simplex_edge_cases():
    inside = np.array([0.2, 0.3, 0.5])
    np.testing.assert_allclose(project_simplex(inside), inside, atol=1e-12, err_msg="a point on the simplex stays put")
    np.testing.assert_allclose(project_simplex(np.array([-4.0])), [1.0], err_msg="one coordinate: always [z]")
    np.testing.assert_allclose(project_simplex(np.array([2.0, 2.0, 2.0, 2.0])), [0.25] * 4,
                               err_msg="ties share the mass equally")
    np.testing.assert_allclose(project_simplex(np.array([3.0, -1.0]), z=2.0), [2.0, 0.0], err_msg="z=2")
    got = project_simplex(np.array([-5.0, -6.0, -5.0]))
    np.testing.assert_allclose(got, [0.5, 0.0, 0.5], atol=1e-12, err_msg="all-negative input")
    with pytest.raises(ValueError):
        project_simplex(np.ones(3), z=0.0)
    with pytest.raises(ValueError):
        project_box(np.zeros(2), np.array([1.0, 0.0]), np.array([0.0, 1.0]))


def test_projected_gradient_box_least_squares_kkt():
    rng = np.random.default_rng(4)
    A = rng.normal(size=(30, 6))
    b = A @ np.array([2.0, -1.0, 0.5, 0.2, 1.5, -0.3]) + 0.1 * rng.normal(size=30)
    grad = lambda x: A.T @ (A @ x - b)  # noqa: E731
    lr = 1.0 / np.linalg.eigvalsh(A.T @ A)[-1]
    x = projected_gradient_descent(grad, lambda x: project_box(x, 0.0, 1.0), np.full(6, 5.0), lr, 3000)
    g = grad(x)
    assert np.all((x >= 0) & (x <= 1)), f"iterates must stay in the box, got {x}"
    for i in range(6):
        if x[i] <= 1e-9:
            assert g[i] >= -1e-6, f"x[{i}] at the lower bound needs gradient >= 0, got {g[i]}"
        elif x[i] >= 1 - 1e-9:
            assert g[i] <= 1e-6, f"x[{i}] at the upper bound needs gradient <= 0, got {g[i]}"
        else:
            assert abs(g[i]) <= 1e-6, f"x[{i}] is interior, so its gradient must vanish, got {g[i]}"


def test_projected_gradient_on_simplex_and_start_is_projected():
    c = np.array([0.9, 0.8, -0.3, 0.1])
    x = projected_gradient_descent(lambda x: x - c, project_simplex, np.zeros(4), 0.5, 200)
    np.testing.assert_allclose(x, project_simplex(c), atol=1e-10,
                               err_msg="min ||x - c||^2 over the simplex is the projection of c")
    x0 = np.array([5.0, 5.0])
    x = projected_gradient_descent(lambda x: np.zeros(2), lambda x: project_box(x, 0, 1), x0, 0.1, 0)
    np.testing.assert_allclose(x, [1.0, 1.0], err_msg="with 0 steps, return project(x0)")
    np.testing.assert_array_equal(x0, [5.0, 5.0], err_msg="x0 must not be modified")


def test_augmented_lagrangian_nonlinear_constraint():
    x, lam = augmented_lagrangian(
        lambda x: x[0] + x[1],
        lambda x: np.ones(2),
        lambda x: np.array([x @ x - 2.0]),
        lambda x: 2.0 * x[None, :],
        np.array([-0.5, -1.5]),
        mu=1.0,
    )
    np.testing.assert_allclose(x, [-1.0, -1.0], atol=1e-6, err_msg="min x + y on the circle x^2 + y^2 = 2 is (-1, -1)")
    np.testing.assert_allclose(np.atleast_1d(lam), [0.5], atol=1e-5, err_msg="1 + lam * 2x = 0 at x = -1: lam = 0.5")


def test_augmented_lagrangian_quadratic_program_two_constraints():
    rng = np.random.default_rng(0)
    M = rng.normal(size=(5, 5))
    Q = M @ M.T + np.eye(5)
    c = rng.normal(size=5)
    A = rng.normal(size=(2, 5))
    b = rng.normal(size=2)
    kkt = np.block([[Q, A.T], [A, np.zeros((2, 2))]])
    sol = np.linalg.solve(kkt, np.concatenate([-c, b]))
    x, lam = augmented_lagrangian(lambda x: 0.5 * x @ Q @ x + c @ x, lambda x: Q @ x + c,
                                  lambda x: A @ x - b, lambda x: A, np.zeros(5), mu=10.0)
    np.testing.assert_allclose(A @ x, b, atol=1e-6, err_msg="the equality constraints must hold")
    np.testing.assert_allclose(x, sol[:5], atol=1e-6, err_msg="x differs from the KKT solution")
    np.testing.assert_allclose(lam, sol[5:], atol=1e-5, err_msg="multipliers differ from the KKT solution")


def test_box_projection_returns_a_new_float_array():
    x = np.array([-3, 1, 7])
    got = project_box(x, 0, 5)
    np.testing.assert_array_equal(x, [-3, 1, 7], err_msg="project_box must not modify its input")
    assert got.dtype.kind == "f", f"project_box must return a float array, got dtype {got.dtype}"
    np.testing.assert_allclose(got, [0.0, 1.0, 5.0], err_msg="clip into [0, 5]")
    xf = np.array([0.5, 2.0])
    out = project_box(xf, 0.0, 1.0)
    assert not np.shares_memory(out, xf), "project_box must return a new array, not the input itself"
    np.testing.assert_array_equal(xf, [0.5, 2.0], err_msg="project_box must not clip its input in place")


def test_simplex_projection_leaves_its_input_alone():
    v = np.array([0.4, 1.3, -0.2, 0.9])
    saved = v.copy()
    got = project_simplex(v, z=1.0)
    np.testing.assert_array_equal(v, saved, err_msg="project_simplex must not modify its input array")
    assert not np.shares_memory(got, v), "project_simplex must return a new array, not the input itself"
    np.testing.assert_allclose(got, [0.0, 0.7, 0.0, 0.3], atol=1e-12, err_msg="projection of [0.4, 1.3, -0.2, 0.9]")
