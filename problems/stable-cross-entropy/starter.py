import numpy as np


def cross_entropy(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    """Cross-entropy from logits with torch semantics (ignore_index, reduction, smoothing)."""
    # TODO: stable log-softmax via log-sum-exp; smoothed targets; masking; reduction
    raise NotImplementedError


def cross_entropy_grad(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    """Gradient of cross_entropy(...) with respect to logits, same shape as logits."""
    # TODO: softmax - q on kept rows, scaled by the reduction
    raise NotImplementedError
