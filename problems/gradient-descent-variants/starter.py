import numpy as np


class SGD:
    """Gradient descent with optional heavy-ball or Nesterov momentum (PyTorch's update rule)."""

    def __init__(self, lr: float, momentum: float = 0.0, nesterov: bool = False):
        # TODO: validate the settings; no buffer until the first step
        self.lr = lr
        self.momentum = momentum
        self.nesterov = nesterov

    def step(self, param: np.ndarray, grad: np.ndarray) -> None:
        """Update `param` in place."""
        # TODO
        raise NotImplementedError


def run_optimizer(opt: SGD, grad_fn, x0: np.ndarray, n_steps: int) -> np.ndarray:
    """Return the (n_steps + 1, d) trajectory starting at a copy of x0."""
    # TODO
    raise NotImplementedError
