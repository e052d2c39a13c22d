# Mistake: takes log(softmax(logits)), which is log(0) = -inf for logits of 1e4.
import torch


def focal_loss(logits, targets, gamma=2.0, alpha=None, reduction="mean"):
    log_p = torch.softmax(logits, dim=1).log()
    log_pt = log_p.gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp()
    loss = -((1 - pt) ** gamma) * log_pt
    if alpha is not None:
        loss = loss * alpha.to(logits.dtype)[targets]
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
