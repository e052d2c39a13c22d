import math

import torch
import torch.nn.functional as F


def check_init_loss(model, x, y, num_classes, rel_tol=0.25):
    """Is the loss of the untrained model close to log(num_classes)?"""
    # TODO
    raise NotImplementedError


def check_input_dependence(model, x, seed=0):
    """Do the outputs change when the inputs change?"""
    # TODO
    raise NotImplementedError


def check_batch_independence(model, x, i=0, seed=0):
    """Does output i depend only on input i? Report the leaking rows."""
    # TODO: torch.autograd.grad of a random projection of model(x)[i] w.r.t. x
    raise NotImplementedError


def check_overfit_batch(make_model, x, y, steps=200, lr=1e-2, target=0.05, seed=0):
    """Can a fresh model drive the loss on this one batch below target?"""
    # TODO
    raise NotImplementedError
