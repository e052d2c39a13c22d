# Mistake: rejects eps = 0 (eps <= 0) although only a negative eps is invalid.
import numpy as np


class AdamOptimizer:
    """Adam (torch.optim.Adam semantics, amsgrad=False) for a list of numpy arrays."""

    def __init__(self, params: list, lr: float = 1e-3, betas=(0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.0):
        b1, b2 = betas
        if lr <= 0 or eps <= 0 or weight_decay < 0:
            raise ValueError("lr must be positive; eps and weight_decay non-negative")
        if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
            raise ValueError("betas must lie in [0, 1)")
        self.params = list(params)
        self.lr, self.b1, self.b2 = lr, b1, b2
        self.eps, self.weight_decay = eps, weight_decay
        self.t = 0
        self._m = [np.zeros_like(p) for p in self.params]
        self._v = [np.zeros_like(p) for p in self.params]

    def step(self, grads: list) -> None:
        grads = list(grads)
        if len(grads) != len(self.params):
            raise ValueError("one gradient per parameter is required")
        for p, g in zip(self.params, grads):
            if np.shape(g) != p.shape:
                raise ValueError(f"gradient shape {np.shape(g)} does not match parameter {p.shape}")
        self.t += 1
        c1 = 1.0 - self.b1 ** self.t
        c2 = 1.0 - self.b2 ** self.t
        for p, g, m, v in zip(self.params, grads, self._m, self._v):
            g = np.asarray(g, dtype=p.dtype)
            if self.weight_decay:
                g = g + self.weight_decay * p
            m *= self.b1
            m += (1.0 - self.b1) * g
            v *= self.b2
            v += (1.0 - self.b2) * g * g
            p -= self.lr * (m / c1) / (np.sqrt(v / c2) + self.eps)
