import numpy as np
import pytest

from solution import check_gradient, numerical_gradient


def linear_regression(seed=0):
    rng = np.random.default_rng(seed)
    X, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))

    def loss(W):
        return 0.5 * float(np.sum((X @ W - y) ** 2))

    def grad(W):
        return X.T @ (X @ W - y)

    return loss, grad, rng.normal(size=(3, 2))


def test_planted_bug_is_located():
    loss, grad, W = linear_regression()

    def buggy(W):
        g = grad(W)
        g[2, 1] *= -1.0
        return g

    rep = check_gradient(loss, buggy, W)
    assert not rep["ok"], "a gradient with one flipped entry must fail the check"
    assert tuple(rep["worst_index"]) == (2, 1), f"the bug is at (2, 1), report says {rep['worst_index']}"
    assert rep["max_rel_error"] > 0.5, "a sign flip has relative error 1"
    rep = check_gradient(loss, lambda W: 0.5 * grad(W), W)
    assert not rep["ok"], "a gradient off by a factor 2 must fail"
    assert check_gradient(loss, grad, W)["ok"], "the correct gradient must pass"


def test_x_is_restored_and_f_called_twice_per_entry():
    loss, _, W = linear_regression(1)
    W = W + 0.1  # values that are not exactly representable after +- eps
    before = W.copy()
    calls = []

    def counted(w):
        calls.append(1)
        return loss(w)

    numerical_gradient(counted, W)
    assert np.array_equal(W, before), (
        "x must hold exactly its original values afterwards (save the entry, do not add and "
        "subtract eps)")
    assert len(calls) == 2 * W.size, f"central differences call f 2 * size = {2 * W.size} times, got {len(calls)}"


def test_flat_regions_give_zero_not_nan():
    x = np.array([-2.0, -1.0, 1.5])
    f = lambda v: float(np.sum(np.maximum(v, 0.0) ** 2))
    rep = check_gradient(f, lambda v: 2 * np.maximum(v, 0.0), x)
    assert np.all(np.isfinite([rep["max_rel_error"]])), "zero gradients must not produce nan"
    assert rep["ok"], f"zero analytic and zero numerical gradients agree: {rep['max_rel_error']}"
    np.testing.assert_array_equal(rep["numerical"][:2], [0.0, 0.0], err_msg="flat region: exact 0")


def test_shape_mismatch_raises():
    loss, grad, W = linear_regression()
    with pytest.raises(ValueError):
        check_gradient(loss, lambda W: grad(W).T, W)


def test_floor_is_a_lower_bound_on_the_denominator():
    from solution import relative_error

    err = relative_error(np.array([1e-9, 4.0]), np.array([0.0, 0.0]), floor=1e-8)
    np.testing.assert_allclose(err, [0.1, 1.0], rtol=1e-12, err_msg=(
        "the denominator is max(|a| + |b|, floor): 1e-9 vs 0 gives 1e-9 / 1e-8 = 0.1, and 4 vs 0 "
        "gives 1 (the floor is a lower bound, not something added)"))
    err = relative_error(np.array([1e-3]), np.array([0.0]), floor=1e-2)
    np.testing.assert_allclose(err, [0.1], rtol=1e-12, err_msg="use the floor argument you are given")


def test_eps_argument_is_used():
    x = np.array([1.0, -2.0])
    f = lambda w: float(np.sum(w ** 3))
    # For a cubic the central difference is exact up to eps**2: 3 x**2 + eps**2.
    g = numerical_gradient(f, x.copy(), eps=0.1)
    np.testing.assert_allclose(g, 3 * x ** 2 + 0.01, rtol=1e-9, err_msg=(
        "numerical_gradient must step by the eps it is given (for w**3 with eps=0.1 the central "
        "difference is 3 w**2 + 0.01)"))
    rep = check_gradient(f, lambda w: 3 * w ** 2 + 0.01, x.copy(), eps=0.1, tol=1e-9)
    np.testing.assert_allclose(rep["numerical"], 3 * x ** 2 + 0.01, rtol=1e-9, err_msg=(
        "check_gradient must pass its eps on to the finite differences"))


def test_tolerance_is_inclusive_and_used():
    loss, grad, W = linear_regression(2)
    rep = check_gradient(loss, lambda W: 0.5 * grad(W), W)
    assert check_gradient(loss, lambda W: 0.5 * grad(W), W, tol=0.5)["ok"], (
        "with tol=0.5 a gradient off by a factor 2 (relative error 1/3) passes: use the tol argument")
    again = check_gradient(loss, lambda W: 0.5 * grad(W), W, tol=rep["max_rel_error"])
    assert again["ok"], "ok means max_rel_error <= tol, so an error exactly equal to tol passes"


def test_non_contiguous_x_is_perturbed_in_place():
    base = np.arange(1.0, 7.0).reshape(2, 3)
    x = base.T                      # a transposed view: not C-contiguous
    f = lambda w: float(np.sum(w ** 3) + w[0, 1])
    want = 3 * x ** 2
    want[0, 1] += 1.0
    g = numerical_gradient(f, x)
    np.testing.assert_allclose(g, want, rtol=1e-6, err_msg=(
        "x may be a non-contiguous view (here a transpose): every perturbation must be visible to "
        "f(x), so the estimate must match 3 w**2 (+1 at [0, 1])"))
    np.testing.assert_array_equal(x, base.T, err_msg="x must hold its original values afterwards")
