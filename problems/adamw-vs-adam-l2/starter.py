import math

import torch


class Adam(torch.optim.Optimizer):
    """torch.optim.Adam: weight_decay is L2 regularisation (added to the gradient)."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                 amsgrad=False):
        # TODO
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        # TODO
        raise NotImplementedError


class AdamW(torch.optim.Optimizer):
    """torch.optim.AdamW: weight decay decoupled from the adaptive update."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2,
                 amsgrad=False):
        # TODO
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        # TODO
        raise NotImplementedError
