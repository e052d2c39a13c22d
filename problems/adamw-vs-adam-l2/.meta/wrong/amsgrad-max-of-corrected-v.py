# Mistake: AMSGrad keeps the running max of the bias-corrected v_hat instead of the raw v.
import math

import torch


class _AdamBase(torch.optim.Optimizer):
    decoupled = False

    def __init__(self, params, lr, betas, eps, weight_decay, amsgrad):
        b1, b2 = betas
        if lr < 0 or eps < 0 or weight_decay < 0 or not (0 <= b1 < 1) or not (0 <= b2 < 1):
            raise ValueError("invalid Adam hyper-parameters")
        super().__init__(params, dict(lr=lr, betas=(b1, b2), eps=eps, weight_decay=weight_decay,
                                      amsgrad=amsgrad))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, (b1, b2), eps, wd = group["lr"], group["betas"], group["eps"], group["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                    if group["amsgrad"]:
                        state["max_exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"]
                g = p.grad
                if wd != 0:
                    if self.decoupled:
                        p.mul_(1 - lr * wd)          # decay the weight itself, outside Adam
                    else:
                        g = g + wd * p               # L2: the decay goes through m and v
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m.mul_(b1).add_((1 - b1) * g)
                v.mul_(b2).add_((1 - b2) * g * g)
                if group["amsgrad"]:
                    v_hat = v / (1 - b2 ** t)
                    torch.maximum(state["max_exp_avg_sq"], v_hat, out=state["max_exp_avg_sq"])
                    denom = state["max_exp_avg_sq"].sqrt() + eps
                else:
                    denom = v.sqrt() / math.sqrt(1 - b2 ** t) + eps
                p.sub_((lr / (1 - b1 ** t)) * m / denom)
        return loss


class Adam(_AdamBase):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                 amsgrad=False):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad)


class AdamW(_AdamBase):
    decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2,
                 amsgrad=False):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad)
