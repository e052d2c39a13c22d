import torch


def margin_ranking_loss(x1, x2, y, margin=0.0, reduction="mean"):
    """max(0, -y * (x1 - x2) + margin), reduced."""
    # TODO
    raise NotImplementedError


def multi_margin_loss(scores, targets, p=1, margin=1.0, weight=None, reduction="mean"):
    """Multi-class hinge loss with torch.nn.MultiMarginLoss semantics."""
    # TODO
    raise NotImplementedError


def pairwise_ranking_loss(scores, relevance, margin=1.0):
    """Mean hinge over all pairs (i, j) with relevance[i] > relevance[j]."""
    # TODO
    raise NotImplementedError


def pairwise_accuracy(scores, relevance):
    """Fraction of relevance-ordered pairs that the scores order correctly (ties count 1/2)."""
    # TODO
    raise NotImplementedError
