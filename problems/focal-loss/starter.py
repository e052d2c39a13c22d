import torch


def focal_loss(logits, targets, gamma=2.0, alpha=None, reduction="mean"):
    """Focal loss -alpha[y] (1 - p_t)^gamma log p_t, reduced over rows."""
    # TODO: stable log-probabilities, gather the target column, weight, reduce
    raise NotImplementedError
