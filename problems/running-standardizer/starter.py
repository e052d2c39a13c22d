import numpy as np


class RunningStandardizer:
    """Z-score normaliser whose mean and variance can be accumulated batch by batch."""

    def __init__(self):
        self.n_samples_seen_ = 0
        self.mean_ = None
        self.var_ = None
        self.scale_ = None

    def partial_fit(self, X):
        """Merge the statistics of batch X (n_samples, n_features) into the running totals."""
        # TODO: keep count, mean and the sum of squared deviations; merge them stably
        raise NotImplementedError

    def fit(self, X):
        """Reset, then fit on X."""
        # TODO
        raise NotImplementedError

    def transform(self, X):
        """Return (X - mean_) / scale_ as a new float64 array."""
        # TODO
        raise NotImplementedError

    def inverse_transform(self, Z):
        """Return Z * scale_ + mean_."""
        # TODO
        raise NotImplementedError

    def fit_transform(self, X):
        return self.fit(X).transform(X)
