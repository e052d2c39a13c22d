# Correct alternative: per-row CE from F.cross_entropy(reduction="none"), p_t = exp(-CE), alpha by one-hot.
import torch
import torch.nn.functional as F


def focal_loss(logits, targets, gamma=2.0, alpha=None, reduction="mean"):
    ce = F.cross_entropy(logits, targets, reduction="none")
    pt = torch.exp(-ce)
    loss = (1.0 - pt).pow(gamma) * ce
    if alpha is not None:
        onehot = F.one_hot(targets, logits.shape[1]).to(logits.dtype)
        loss = loss * (onehot @ alpha.to(logits.dtype))
    return {"none": lambda: loss, "sum": loss.sum, "mean": loss.mean}[reduction]()
