# uses the 0-based step count for the learning rate (guarded at 1), so step t decays with t - 1
import math

import numpy as np

_SCHEDULES = ("constant", "inverse_sqrt")


class OnlineGradientDescent:
    """Linear regression trained by one gradient step per streamed mini-batch."""

    def __init__(self, n_features: int, lr: float = 0.01, schedule: str = "constant",
                 fit_intercept: bool = True):
        if schedule not in _SCHEDULES:
            raise ValueError(f"schedule must be one of {_SCHEDULES}")
        if lr <= 0:
            raise ValueError("lr must be positive")
        self.n_features = n_features
        self.lr = float(lr)
        self.schedule = schedule
        self.fit_intercept = fit_intercept
        self.coef_ = np.zeros(n_features)
        self.intercept_ = 0.0
        self.t_ = 0

    def learning_rate(self, t: int) -> float:
        if self.schedule == "constant":
            return self.lr
        return self.lr / math.sqrt(t)

    def partial_fit(self, X, y) -> "OnlineGradientDescent":
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).ravel()
        if X.ndim != 2 or X.shape[1] != self.n_features or len(y) != X.shape[0]:
            raise ValueError("X must be (n, n_features) and y must have n values")
        n = X.shape[0]
        if n == 0:
            return self
        step = self.learning_rate(max(self.t_, 1))
        self.t_ += 1
        residual = X @ self.coef_ + self.intercept_ - y
        self.coef_ = self.coef_ - step * (X.T @ residual) / n
        if self.fit_intercept:
            self.intercept_ = float(self.intercept_ - step * residual.mean())
        return self

    def predict(self, X) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_


def stable_lr_bound(X, fit_intercept: bool = True) -> float:
    A = np.asarray(X, dtype=float)
    if fit_intercept:
        A = np.hstack([A, np.ones((A.shape[0], 1))])
    hessian = A.T @ A / A.shape[0]
    return float(2.0 / np.linalg.eigvalsh(hessian)[-1])
