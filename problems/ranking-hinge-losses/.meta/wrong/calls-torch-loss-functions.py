# Mistake: calls torch.nn.functional's ready-made losses, which the prompt forbids.
import torch
import torch.nn.functional as F


def margin_ranking_loss(x1, x2, y, margin=0.0, reduction="mean"):
    return F.margin_ranking_loss(x1, x2, y, margin=margin, reduction=reduction)


def multi_margin_loss(scores, targets, p=1, margin=1.0, weight=None, reduction="mean"):
    return F.multi_margin_loss(scores, targets, p=p, margin=margin, weight=weight, reduction=reduction)


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    mask = relevance[:, None] > relevance[None, :]
    if not mask.any():
        return scores.sum() * 0.0
    n = scores.shape[0]
    i_idx, j_idx = mask.nonzero(as_tuple=True)
    return F.margin_ranking_loss(scores[i_idx], scores[j_idx], torch.ones_like(scores[i_idx]), margin=margin)


def pairwise_accuracy(scores, relevance):
    mask = relevance[:, None] > relevance[None, :]
    if not mask.any():
        return 1.0
    d = (scores[:, None] - scores[None, :]).detach()[mask]
    return float(((d > 0).double() + 0.5 * (d == 0).double()).mean())
