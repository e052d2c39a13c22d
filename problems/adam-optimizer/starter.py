import numpy as np


class AdamOptimizer:
    """Adam (torch.optim.Adam semantics, amsgrad=False) for a list of numpy arrays."""

    def __init__(self, params: list, lr: float = 1e-3, betas=(0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.0):
        # TODO: validate; zero first/second moments per parameter; t = 0
        self.params = list(params)
        self.t = 0

    def step(self, grads: list) -> None:
        """Update every parameter in place from its gradient."""
        # TODO: weight decay, moment updates, bias correction, parameter update
        raise NotImplementedError
