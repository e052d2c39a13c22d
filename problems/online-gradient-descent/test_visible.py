import numpy as np
import pytest

from solution import OnlineGradientDescent, stable_lr_bound


def regression_data(n=2000, d=5, seed=0, intercept=3.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d)
    y = X @ w + intercept + 0.1 * rng.normal(size=n)
    return X, y


def lstsq_with_intercept(X, y):
    A = np.hstack([X, np.ones((len(X), 1))])
    sol = np.linalg.lstsq(A, y, rcond=None)[0]
    return sol[:-1], sol[-1]


def test_example_from_prompt():
    model = OnlineGradientDescent(n_features=2, lr=0.1)
    X = np.array([[1.0, 2.0], [3.0, 0.0]])
    y = np.array([1.0, 3.0])
    assert model.partial_fit(X, y) is model, "partial_fit returns self"
    np.testing.assert_allclose(model.coef_, [0.5, 0.1], atol=1e-12,
                               err_msg="w <- w - lr * X.T @ r / n with residuals r = [-1, -3]")
    assert model.intercept_ == pytest.approx(0.2), f"b <- b - lr * mean(r) = 0.2, got {model.intercept_}"
    assert model.t_ == 1, f"one partial_fit call is one step, t_ should be 1, got {model.t_}"
    assert stable_lr_bound(np.array([[1.0], [-1.0]])) == pytest.approx(2.0), "Hessian is the identity: bound 2"


def test_two_steps_with_inverse_sqrt_schedule():
    rng = np.random.default_rng(1)
    X1, y1 = rng.normal(size=(4, 3)), rng.normal(size=4)
    X2, y2 = rng.normal(size=(6, 3)), rng.normal(size=6)
    model = OnlineGradientDescent(3, lr=0.5, schedule="inverse_sqrt")
    model.partial_fit(X1, y1).partial_fit(X2, y2)
    w, b = np.zeros(3), 0.0
    for t, (X, y) in enumerate([(X1, y1), (X2, y2)], start=1):
        r = X @ w + b - y
        step = 0.5 / np.sqrt(t)
        w, b = w - step * X.T @ r / len(y), b - step * r.mean()
    np.testing.assert_allclose(model.coef_, w, rtol=1e-10, atol=1e-12,
                               err_msg="step 1 uses lr/sqrt(1) and step 2 uses lr/sqrt(2)")
    assert model.intercept_ == pytest.approx(b, rel=1e-10), "intercept after two steps"
    assert model.t_ == 2, f"t_ should be 2, got {model.t_}"


def test_converges_to_least_squares():
    X, y = regression_data()
    model = OnlineGradientDescent(5, lr=0.1)
    for _ in range(5):
        for start in range(0, len(X), 20):
            model.partial_fit(X[start:start + 20], y[start:start + 20])
    w, b = lstsq_with_intercept(X, y)
    assert model.t_ == 500, f"5 epochs of 100 batches is 500 steps, got t_={model.t_}"
    np.testing.assert_allclose(model.coef_, w, atol=0.03, err_msg="coefficients should approach the least-squares fit")
    assert model.intercept_ == pytest.approx(b, abs=0.03), f"intercept should approach {b:.3f}, got {model.intercept_}"
