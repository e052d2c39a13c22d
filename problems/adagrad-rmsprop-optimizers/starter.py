import torch


class Adagrad(torch.optim.Optimizer):
    """torch.optim.Adagrad from scratch."""

    def __init__(self, params, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 initial_accumulator_value=0.0, eps=1e-10):
        # TODO: validate (ValueError for negative values), super().__init__(params, defaults)
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        # TODO: per-parameter state "step" and "sum"
        raise NotImplementedError


class RMSprop(torch.optim.Optimizer):
    """torch.optim.RMSprop from scratch, with the momentum and centered variants."""

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False):
        # TODO
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        # TODO: per-parameter state "square_avg" (+ "grad_avg" if centered,
        #       + "momentum_buffer" if momentum > 0)
        raise NotImplementedError
