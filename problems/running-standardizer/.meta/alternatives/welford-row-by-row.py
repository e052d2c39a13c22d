# Correct: Welford's update one row at a time (vectorised over features).
import numpy as np


class RunningStandardizer:
    def __init__(self):
        self.fit_reset()

    def fit_reset(self):
        self.n_samples_seen_ = 0
        self.mean_ = self.var_ = self.scale_ = None
        self._m2 = None

    def partial_fit(self, X):
        rows = np.asarray(X, dtype=np.float64)
        if self.mean_ is None:
            self.mean_ = np.zeros(rows.shape[1])
            self._m2 = np.zeros(rows.shape[1])
        elif rows.shape[1] != self.mean_.size:
            raise ValueError(f"{rows.shape[1]} features, expected {self.mean_.size}")
        mean, m2, n = self.mean_.copy(), self._m2.copy(), self.n_samples_seen_
        for row in rows:
            n += 1
            d = row - mean
            mean += d / n
            m2 += d * (row - mean)
        self.n_samples_seen_, self.mean_, self._m2 = n, mean, m2
        self.var_ = m2 / n
        self.scale_ = np.sqrt(self.var_)
        self.scale_[self.var_ == 0] = 1.0
        return self

    def fit(self, X):
        self.fit_reset()
        return self.partial_fit(X)

    def transform(self, X):
        if not self.n_samples_seen_:
            raise RuntimeError("fit first")
        return (np.array(X, dtype=np.float64) - self.mean_) / self.scale_

    def inverse_transform(self, Z):
        if not self.n_samples_seen_:
            raise RuntimeError("fit first")
        return np.array(Z, dtype=np.float64) * self.scale_ + self.mean_

    def fit_transform(self, X):
        return self.fit(X).transform(X)
