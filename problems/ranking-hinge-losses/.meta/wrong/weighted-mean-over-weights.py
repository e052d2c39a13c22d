# Mistake: with a class weight the 'mean' divides by the sum of the targets' weights (as weighted cross-entropy does), not by N
import torch


def _reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()


def margin_ranking_loss(x1, x2, y, margin=0.0, reduction="mean"):
    return _reduce(torch.clamp_min(-y * (x1 - x2) + margin, 0.0), reduction)


def multi_margin_loss(scores, targets, p=1, margin=1.0, weight=None, reduction="mean"):
    n, c = scores.shape
    s_y = scores.gather(1, targets[:, None])
    z = torch.clamp_min(margin - s_y + scores, 0.0) ** p
    z = z.masked_fill(torch.nn.functional.one_hot(targets, c).bool(), 0.0)
    per_row = z.sum(dim=1) / c
    if weight is not None:
        w = weight[targets]
        per_row = per_row * w
        if reduction == "mean":
            return per_row.sum() / w.sum()
    return _reduce(per_row, reduction)


def _pairs(scores, relevance):
    diff = scores[:, None] - scores[None, :]
    mask = relevance[:, None] > relevance[None, :]
    return diff, mask


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    diff, mask = _pairs(scores, relevance)
    if not mask.any():
        return scores.sum() * 0.0
    return torch.clamp_min(margin - diff[mask], 0.0).mean()


def pairwise_accuracy(scores, relevance):
    diff, mask = _pairs(scores.detach(), relevance)
    if not mask.any():
        return 1.0
    d = diff[mask]
    return float(((d > 0).double() + 0.5 * (d == 0).double()).mean())
