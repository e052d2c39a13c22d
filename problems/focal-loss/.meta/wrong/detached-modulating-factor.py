# Mistake: detaches p_t in the (1 - p_t)^gamma factor, so autograd misses that term's gradient.
import torch


def focal_loss(logits, targets, gamma=2.0, alpha=None, reduction="mean"):
    log_p = torch.log_softmax(logits, dim=1)
    log_pt = log_p.gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp().detach()      # the modulating factor is just a weight
    loss = -((1 - pt) ** gamma) * log_pt
    if alpha is not None:
        loss = loss * alpha.to(logits.dtype)[targets]
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
