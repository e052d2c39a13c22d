# Correct alternative: bias correction folded into the step size, moments kept in one dict per parameter.
import math

import numpy as np


class AdamOptimizer:
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):
        b1, b2 = (float(b) for b in betas)
        checks = [(lr > 0, "lr must be > 0"), (eps >= 0, "eps must be >= 0"),
                  (weight_decay >= 0, "weight_decay must be >= 0"),
                  (0 <= b1 < 1, "beta1 must be in [0, 1)"), (0 <= b2 < 1, "beta2 must be in [0, 1)")]
        for ok, why in checks:
            if not ok:
                raise ValueError(why)
        self.params = list(params)
        self.hp = dict(lr=lr, b1=b1, b2=b2, eps=eps, wd=weight_decay)
        self.state = [{"m": np.zeros_like(p), "v": np.zeros_like(p)} for p in self.params]
        self.t = 0

    def step(self, grads):
        grads = [np.asarray(g) for g in grads]
        if len(grads) != len(self.params) or any(g.shape != p.shape for g, p in zip(grads, self.params)):
            raise ValueError("grads must match params in number and shapes")
        h = self.hp
        self.t += 1
        c1, c2 = 1 - h["b1"] ** self.t, 1 - h["b2"] ** self.t
        for p, g, st in zip(self.params, grads, self.state):
            if h["wd"]:
                g = g + h["wd"] * p
            st["m"] = h["b1"] * st["m"] + (1 - h["b1"]) * g
            st["v"] = h["b2"] * st["v"] + (1 - h["b2"]) * np.square(g)
            denom = np.sqrt(st["v"]) / math.sqrt(c2) + h["eps"]
            p -= (h["lr"] / c1) * st["m"] / denom
