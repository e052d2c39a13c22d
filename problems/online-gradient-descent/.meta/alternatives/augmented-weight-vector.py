# Correct alternative: one augmented weight vector [coef, intercept]; properties expose coef_ and intercept_.
import numpy as np


class OnlineGradientDescent:
    def __init__(self, n_features, lr=0.01, schedule="constant", fit_intercept=True):
        rates = {"constant": lambda t: lr, "inverse_sqrt": lambda t: lr * t ** -0.5}
        if schedule not in rates:
            raise ValueError(f"unknown schedule {schedule!r}")
        self._rate = rates[schedule]
        self.d = n_features
        self.fit_intercept = fit_intercept
        self._w = np.zeros(n_features + 1)
        self.t_ = 0

    @property
    def coef_(self):
        return self._w[:-1].copy()

    @property
    def intercept_(self):
        return float(self._w[-1])

    def learning_rate(self, t):
        return float(self._rate(t))

    def partial_fit(self, X, y):
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        if X.ndim != 2 or X.shape[1] != self.d:
            raise ValueError(f"X must have shape (n, {self.d})")
        if y.shape[0] != X.shape[0]:
            raise ValueError("X and y have different numbers of rows")
        if X.shape[0] == 0:
            return self
        self.t_ += 1
        r = X @ self._w[:-1] + self._w[-1] - y
        grad = np.empty_like(self._w)
        grad[:-1] = r @ X / len(r)
        grad[-1] = r.mean() if self.fit_intercept else 0.0
        self._w -= self.learning_rate(self.t_) * grad
        return self

    def predict(self, X):
        return np.asarray(X, dtype=np.float64) @ self._w[:-1] + self._w[-1]


def stable_lr_bound(X, fit_intercept=True):
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    A = np.column_stack([X, np.ones(n)]) if fit_intercept else X
    # the largest singular value squared of A / sqrt(n) is lambda_max of A.T A / n
    top = np.linalg.norm(A / np.sqrt(n), ord=2) ** 2
    return float(2.0 / top)
