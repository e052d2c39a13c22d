import numpy as np


class OnlineGradientDescent:
    """Linear regression trained by one gradient step per streamed mini-batch."""

    def __init__(self, n_features: int, lr: float = 0.01, schedule: str = "constant",
                 fit_intercept: bool = True):
        # TODO: validate the schedule; coef_ zeros, intercept_ 0.0, t_ 0
        self.coef_ = np.zeros(n_features)
        self.intercept_ = 0.0
        self.t_ = 0

    def learning_rate(self, t: int) -> float:
        """Step size of the t-th update (t starts at 1)."""
        # TODO: "constant" or "inverse_sqrt"
        raise NotImplementedError

    def partial_fit(self, X, y) -> "OnlineGradientDescent":
        """One gradient step on 0.5 * mean squared error of this batch."""
        # TODO
        return self

    def predict(self, X) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_


def stable_lr_bound(X, fit_intercept: bool = True) -> float:
    """Largest stable step for full-batch gradient descent: 2 / lambda_max of the Hessian."""
    # TODO
    raise NotImplementedError
