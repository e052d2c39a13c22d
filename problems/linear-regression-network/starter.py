import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self, in_features: int):
        super().__init__()
        # TODO: one nn.Linear(in_features, 1) named `linear`, weight and bias initialised to 0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # TODO: (N, d) -> (N,)
        raise NotImplementedError


def iterate_minibatches(X, y, batch_size, shuffle=True, generator=None):
    """Yield (X_batch, y_batch) covering every row exactly once; the last batch may be smaller."""
    # TODO
    raise NotImplementedError


def fit_linear_regression(X, y, lr=0.1, epochs=50, batch_size=32, seed=0):
    """Mini-batch SGD on the mean squared error. Returns (model, per-epoch mean losses)."""
    # TODO
    raise NotImplementedError


def least_squares(X, y):
    """Closed-form (w, b) minimising ||X w + b - y||^2."""
    # TODO
    raise NotImplementedError
