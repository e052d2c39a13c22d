# plain SGD scales the caller's grad array in place before subtracting it
import numpy as np


class SGD:
    """Gradient descent with optional heavy-ball or Nesterov momentum (PyTorch's update rule)."""

    def __init__(self, lr: float, momentum: float = 0.0, nesterov: bool = False):
        if lr <= 0:
            raise ValueError("lr must be positive")
        if not 0.0 <= momentum < 1.0:
            raise ValueError("momentum must lie in [0, 1)")
        if nesterov and momentum == 0:
            raise ValueError("nesterov needs a positive momentum")
        self.lr = lr
        self.momentum = momentum
        self.nesterov = nesterov
        self._buf = None

    def step(self, param: np.ndarray, grad: np.ndarray) -> None:
        grad = np.asarray(grad, dtype=param.dtype)
        if self.momentum == 0:
            grad *= self.lr
            param -= grad
            return
        if self._buf is None:
            self._buf = np.array(grad, copy=True)
        else:
            self._buf *= self.momentum
            self._buf += grad
        direction = grad + self.momentum * self._buf if self.nesterov else self._buf
        param -= self.lr * direction


def run_optimizer(opt: SGD, grad_fn, x0: np.ndarray, n_steps: int) -> np.ndarray:
    x = np.array(x0, dtype=np.float64, copy=True)
    path = np.empty((n_steps + 1,) + x.shape)
    path[0] = x
    for k in range(1, n_steps + 1):
        opt.step(x, grad_fn(x))
        path[k] = x
    return path
