# Correct alternative: the buffer starts at zeros (0 * m + g == g on step 1), trajectory built as a list.
import numpy as np


class SGD:
    def __init__(self, lr, momentum=0.0, nesterov=False):
        if not lr > 0:
            raise ValueError(f"lr must be > 0, got {lr}")
        if momentum < 0 or momentum >= 1:
            raise ValueError(f"momentum must be in [0, 1), got {momentum}")
        if nesterov and not momentum > 0:
            raise ValueError("nesterov=True requires momentum > 0")
        self.lr, self.momentum, self.nesterov = lr, momentum, nesterov
        self.velocity = None

    def step(self, param, grad):
        g = np.asarray(grad, dtype=param.dtype)
        if self.momentum:
            if self.velocity is None:
                self.velocity = np.zeros_like(param)
            self.velocity = self.momentum * self.velocity + g
            d = g + self.momentum * self.velocity if self.nesterov else self.velocity
        else:
            d = g
        np.subtract(param, self.lr * d, out=param)


def run_optimizer(opt, grad_fn, x0, n_steps):
    x = np.asarray(x0, dtype=np.float64).copy()
    rows = [x.copy()]
    for _ in range(n_steps):
        opt.step(x, grad_fn(x))
        rows.append(x.copy())
    return np.stack(rows)
