# Mistake: Treats any variance within np.isclose's 1e-8 of zero as zero, so small-scale features get scale 1.0
import numpy as np


class RunningStandardizer:
    def __init__(self):
        self._reset()

    def _reset(self):
        self.n_samples_seen_ = 0
        self.mean_ = None
        self.var_ = None
        self.scale_ = None
        self._m2 = None

    def partial_fit(self, X):
        X = np.asarray(X, dtype=np.float64)
        n_b = X.shape[0]
        mean_b = X.mean(axis=0)
        m2_b = ((X - mean_b) ** 2).sum(axis=0)
        if self.n_samples_seen_ == 0:
            n, mean, m2 = n_b, mean_b, m2_b
        else:
            if X.shape[1] != self.mean_.shape[0]:
                raise ValueError("feature count changed")
            n_a = self.n_samples_seen_
            n = n_a + n_b
            delta = mean_b - self.mean_
            mean = self.mean_ + delta * (n_b / n)
            m2 = self._m2 + m2_b + delta**2 * (n_a * n_b / n)
        self.n_samples_seen_ = n
        self.mean_ = mean
        self._m2 = m2
        self.var_ = m2 / n
        self.scale_ = np.where(np.isclose(self.var_, 0.0), 1.0, np.sqrt(self.var_))
        return self

    def fit(self, X):
        self._reset()
        return self.partial_fit(X)

    def transform(self, X):
        if self.n_samples_seen_ == 0:
            raise RuntimeError("not fitted")
        return (np.asarray(X, dtype=np.float64) - self.mean_) / self.scale_

    def inverse_transform(self, Z):
        if self.n_samples_seen_ == 0:
            raise RuntimeError("not fitted")
        return np.asarray(Z, dtype=np.float64) * self.scale_ + self.mean_

    def fit_transform(self, X):
        return self.fit(X).transform(X)
