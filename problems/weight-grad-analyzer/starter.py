import torch


def snapshot(model):
    """Copies of all trainable parameters, by name."""
    # TODO
    raise NotImplementedError


def layer_report(model, before=None):
    """Per-parameter weight norm, grad norm, finiteness and update ratio."""
    # TODO
    raise NotImplementedError


def find_issues(report, vanish=1e-7, explode=1e3):
    """[(name, issue)] with issue in no_grad / nonfinite / vanishing / exploding."""
    # TODO
    raise NotImplementedError


def global_grad_norm(model):
    """L2 norm of all gradients taken together."""
    # TODO
    raise NotImplementedError
