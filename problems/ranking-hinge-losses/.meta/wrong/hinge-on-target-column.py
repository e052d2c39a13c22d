# Mistake: Multi_margin_loss forgets to drop j == y_i, so every row also pays max(0, margin)^p for its own class
import torch


def _reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()


def margin_ranking_loss(x1, x2, y, margin=0.0, reduction="mean"):
    return _reduce(torch.relu(-y * (x1 - x2) + margin), reduction)


def multi_margin_loss(scores, targets, p=1, margin=1.0, weight=None, reduction="mean"):
    n, c = scores.shape
    s_y = scores.gather(1, targets[:, None])
    z = torch.relu(margin - s_y + scores) ** p
    if weight is not None:
        z = z * weight[targets][:, None]
    return _reduce(z.sum(dim=1) / c, reduction)


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    diff = scores[:, None] - scores[None, :]
    mask = relevance[:, None] > relevance[None, :]
    if not mask.any():
        return scores.sum() * 0.0
    return torch.relu(margin - diff[mask]).mean()


def pairwise_accuracy(scores, relevance):
    s = scores.detach()
    diff = s[:, None] - s[None, :]
    mask = relevance[:, None] > relevance[None, :]
    if not mask.any():
        return 1.0
    d = diff[mask]
    return float(((d > 0).double() + 0.5 * (d == 0).double()).mean())
