# Mistake: 'mean' divides by the sum of the alpha weights (like a weighted cross-entropy) instead of by N.
import torch


def focal_loss(logits, targets, gamma=2.0, alpha=None, reduction="mean"):
    log_p = torch.log_softmax(logits, dim=1)
    log_pt = log_p.gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp()
    loss = -((1 - pt) ** gamma) * log_pt
    if alpha is not None:
        loss = loss * alpha.to(logits.dtype)[targets]
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    if alpha is not None:
        return loss.sum() / alpha.to(logits.dtype)[targets].sum()
    return loss.mean()
