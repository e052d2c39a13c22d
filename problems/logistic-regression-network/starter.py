import torch
from torch import nn


class LogisticRegression(nn.Module):
    def __init__(self, in_features: int):
        super().__init__()
        # TODO: self.linear = nn.Linear(in_features, 1), weight and bias initialised to 0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Return the logits, shape (N,)."""
        # TODO
        raise NotImplementedError


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean binary cross-entropy computed from logits, stable for any logit value."""
    # TODO
    raise NotImplementedError


def predict_proba(model: nn.Module, X: torch.Tensor) -> torch.Tensor:
    """P(y = 1 | x) for every row, shape (N,), without building a graph."""
    # TODO
    raise NotImplementedError


def fit_logistic_regression(X, y, lr=0.5, epochs=100, batch_size=32, seed=0):
    """Mini-batch SGD on bce_with_logits. Returns (model, per-epoch mean losses)."""
    # TODO
    raise NotImplementedError
