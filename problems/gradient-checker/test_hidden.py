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
