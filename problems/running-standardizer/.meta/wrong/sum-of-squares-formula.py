# Mistake: keeps sum(x) and sum(x**2) and uses E[x^2] - E[x]^2, which cancels catastrophically near 1e9.
import numpy as np


class RunningStandardizer:
    def __init__(self):
        self._reset()

    def _reset(self):
        self.n_samples_seen_ = 0
        self.mean_ = self.var_ = self.scale_ = None
        self._sum = self._sumsq = None

    def partial_fit(self, X):
        X = np.asarray(X, dtype=np.float64)
        if self.n_samples_seen_ == 0:
            self._sum = np.zeros(X.shape[1])
            self._sumsq = np.zeros(X.shape[1])
        elif X.shape[1] != self._sum.shape[0]:
            raise ValueError("feature count changed")
        self._sum = self._sum + X.sum(axis=0)
        self._sumsq = self._sumsq + (X**2).sum(axis=0)
        self.n_samples_seen_ += X.shape[0]
        n = self.n_samples_seen_
        self.mean_ = self._sum / n
        self.var_ = np.maximum(self._sumsq / n - self.mean_**2, 0.0)
        self.scale_ = np.where(self.var_ > 0, np.sqrt(self.var_), 1.0)
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
