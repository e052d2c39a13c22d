# Mistake: builds the pairs with a Python double loop, O(n^2) Python steps instead of vectorised.
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
    if weight is not None:
        z = z * weight[targets][:, None]
    return _reduce(z.sum(dim=1) / c, reduction)


def _pair_list(relevance):
    rel = relevance.tolist()
    return [(i, j) for i in range(len(rel)) for j in range(len(rel)) if rel[i] > rel[j]]


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    pairs = _pair_list(relevance)
    if not pairs:
        return scores.sum() * 0.0
    hinges = [torch.clamp_min(margin - (scores[i] - scores[j]), 0.0) for i, j in pairs]
    return torch.stack(hinges).mean()


def pairwise_accuracy(scores, relevance):
    pairs = _pair_list(relevance)
    if not pairs:
        return 1.0
    s = scores.detach()
    total = 0.0
    for i, j in pairs:
        if s[i] > s[j]:
            total += 1.0
        elif s[i] == s[j]:
            total += 0.5
    return total / len(pairs)
