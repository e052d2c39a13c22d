import torch


class SGD(torch.optim.Optimizer):
    """torch.optim.SGD from scratch: momentum, dampening, Nesterov, L2 weight decay."""

    def __init__(self, params, lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0,
                 nesterov=False):
        # TODO: validate, then super().__init__(params, defaults) with every hyper-parameter
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        # TODO: optional closure; loop over self.param_groups and their params;
        #       keep the momentum buffer in self.state[p]["momentum_buffer"]
        raise NotImplementedError
