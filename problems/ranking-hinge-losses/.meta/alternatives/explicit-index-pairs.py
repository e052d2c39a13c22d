# Correct: pairs as index tensors from nonzero(), a manual gather for the multi-class hinge.
import torch


def _reduce(loss, reduction):
    return {"none": lambda t: t, "sum": torch.sum, "mean": torch.mean}[reduction](loss)


def margin_ranking_loss(x1, x2, y, margin=0.0, reduction="mean"):
    return _reduce(torch.relu(margin - y * (x1 - x2)), reduction)


def multi_margin_loss(scores, targets, p=1, margin=1.0, weight=None, reduction="mean"):
    n, c = scores.shape
    rows = torch.arange(n)
    target_score = scores[rows, targets].unsqueeze(1)
    hinge = torch.relu(margin - target_score + scores).pow(p)
    not_target = torch.ones(n, c, dtype=scores.dtype)
    not_target[rows, targets] = 0
    per_row = (hinge * not_target).sum(dim=1) / c
    if weight is not None:
        per_row = per_row * weight[targets]
    return _reduce(per_row, reduction)


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    i_idx, j_idx = torch.nonzero(relevance.unsqueeze(1) > relevance.unsqueeze(0), as_tuple=True)
    if i_idx.numel() == 0:
        return (scores * 0).sum()
    return torch.relu(margin - (scores[i_idx] - scores[j_idx])).mean()


def pairwise_accuracy(scores, relevance):
    i_idx, j_idx = torch.nonzero(relevance.unsqueeze(1) > relevance.unsqueeze(0), as_tuple=True)
    if i_idx.numel() == 0:
        return 1.0
    s = scores.detach()
    return float(torch.sign(s[i_idx] - s[j_idx]).add(1).div(2).double().mean())
