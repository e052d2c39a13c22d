import gc
import math
import weakref

import numpy as np
import pytest

from solution import OnlineGradientDescent, stable_lr_bound


def regression_data(n=2000, d=5, seed=0, intercept=3.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d)
    y = X @ w + intercept + 0.1 * rng.normal(size=n)
    return X, y


def test_learning_rate_schedule_values():
    const = OnlineGradientDescent(2, lr=0.3)
    decay = OnlineGradientDescent(2, lr=0.3, schedule="inverse_sqrt")
    assert const.learning_rate(1) == pytest.approx(0.3) and const.learning_rate(100) == pytest.approx(0.3), (
        "the constant schedule never changes"
    )
    for t in (1, 4, 9, 100):
        assert decay.learning_rate(t) == pytest.approx(0.3 / math.sqrt(t)), f"inverse_sqrt at t={t} is lr/sqrt(t)"
    with pytest.raises(ValueError):
        OnlineGradientDescent(2, schedule="cosine")


def test_step_does_not_depend_on_batch_size():
    rng = np.random.default_rng(2)
    X, y = rng.normal(size=(5, 3)), rng.normal(size=5)
    once = OnlineGradientDescent(3, lr=0.2).partial_fit(X, y)
    twice = OnlineGradientDescent(3, lr=0.2).partial_fit(np.vstack([X, X]), np.concatenate([y, y]))
    np.testing.assert_allclose(twice.coef_, once.coef_, rtol=1e-12,
                               err_msg="the batch repeated twice has the same mean loss, so the same step: "
                                       "average the gradient, do not sum it")


def test_empty_batch_and_bad_shapes():
    model = OnlineGradientDescent(3, lr=0.1)
    model.partial_fit(np.zeros((0, 3)), np.zeros(0))
    assert model.t_ == 0 and not model.coef_.any(), "an empty batch takes no step"
    with pytest.raises(ValueError):
        model.partial_fit(np.zeros((4, 2)), np.zeros(4))
    with pytest.raises(ValueError):
        model.partial_fit(np.zeros((4, 3)), np.zeros(3))
    assert model.coef_.shape == (3,) and model.coef_.dtype == np.float64, "coef_ is a float64 vector of n_features"


def test_no_intercept_and_decaying_schedule_converge():
    X, y = regression_data(seed=4, intercept=0.0)
    model = OnlineGradientDescent(5, lr=0.3, schedule="inverse_sqrt", fit_intercept=False)
    for _ in range(4):
        for start in range(0, len(X), 25):
            model.partial_fit(X[start:start + 25], y[start:start + 25])
    w = np.linalg.lstsq(X, y, rcond=None)[0]
    assert model.intercept_ == 0.0, "with fit_intercept=False the intercept stays 0"
    np.testing.assert_allclose(model.coef_, w, atol=0.02, err_msg="inverse_sqrt schedule should still converge")


def test_stable_lr_bound_matches_eigenvalues_and_predicts_divergence():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(300, 3)) * np.array([1.0, 2.0, 0.5]) + 1.0
    y = X @ np.array([1.0, -1.0, 2.0]) + 0.5
    A = np.hstack([X, np.ones((300, 1))])
    want = 2.0 / np.linalg.eigvalsh(A.T @ A / 300)[-1]
    got = stable_lr_bound(X)
    assert got == pytest.approx(want, rel=1e-9), f"bound should be 2 / lambda_max = {want:.6f}, got {got}"
    no_b = 2.0 / np.linalg.eigvalsh(X.T @ X / 300)[-1]
    assert stable_lr_bound(X, fit_intercept=False) == pytest.approx(no_b, rel=1e-9), "without intercept use X alone"

    def loss_after(lr, steps=200):
        model = OnlineGradientDescent(3, lr=lr)
        for _ in range(steps):
            model.partial_fit(X, y)
        return 0.5 * np.mean((model.predict(X) - y) ** 2)

    start = 0.5 * np.mean(y ** 2)
    assert loss_after(0.95 * want) < start, "just below the bound, full-batch descent should reduce the loss"
    assert not loss_after(1.05 * want) < start, "just above the bound, full-batch descent should blow up"


def test_batches_are_not_kept():
    model = OnlineGradientDescent(4, lr=0.1)
    X = np.random.default_rng(3).normal(size=(50, 4))
    y = np.ones(50)
    refs = [weakref.ref(X), weakref.ref(y)]
    model.partial_fit(X, y)
    del X, y
    gc.collect()
    assert all(r() is None for r in refs), "partial_fit kept a reference to the batch: an online learner stores no data"


def test_inverse_sqrt_uses_the_one_based_number_of_each_step():
    X1, y1 = np.array([[1.0, 0.0]]), np.array([2.0])
    X2, y2 = np.array([[0.0, 1.0]]), np.array([4.0])
    model = OnlineGradientDescent(2, lr=0.5, schedule="inverse_sqrt", fit_intercept=False)
    model.partial_fit(X1, y1)            # step 1: lr / sqrt(1) = 0.5, coef_[0] = 0.5 * 2 = 1
    model.partial_fit(X2, y2)            # step 2: lr / sqrt(2), coef_[1] = 0.5 / sqrt(2) * 4
    np.testing.assert_allclose(model.coef_, [1.0, 2.0 / math.sqrt(2.0)], rtol=1e-12, err_msg=(
        "step t (1-based: the first step is t = 1) uses learning_rate(t): the second step's size is lr / sqrt(2)"))
    assert model.t_ == 2, f"two steps taken, t_ should be 2, got {model.t_}"
