# Correct alternative: two independent classes sharing a module-level update function, fused ops.
import torch


def _validate(lr, betas, eps, weight_decay):
    b1, b2 = betas
    for ok, msg in ((lr >= 0, "lr"), (eps >= 0, "eps"), (weight_decay >= 0, "weight_decay"),
                    (0 <= b1 < 1, "beta1"), (0 <= b2 < 1, "beta2")):
        if not ok:
            raise ValueError(f"invalid {msg}")


def _adam_update(p, g, state, group):
    b1, b2 = group["betas"]
    if "m" not in state:
        state["t"] = 0
        state["m"] = torch.zeros_like(p)
        state["v"] = torch.zeros_like(p)
    state["t"] += 1
    t = state["t"]
    state["m"].lerp_(g, 1 - b1)
    state["v"].mul_(b2).addcmul_(g, g, value=1 - b2)
    v = state["v"]
    if group["amsgrad"]:
        vmax = state.setdefault("vmax", torch.zeros_like(p))
        torch.maximum(vmax, v, out=vmax)
        v = vmax
    denom = (v.sqrt() / (1 - b2 ** t) ** 0.5).add_(group["eps"])
    p.addcdiv_(state["m"], denom, value=-group["lr"] / (1 - b1 ** t))


class Adam(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                 amsgrad=False):
        _validate(lr, betas, eps, weight_decay)
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps,
                                      weight_decay=weight_decay, amsgrad=amsgrad))

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                for p in group["params"]:
                    if p.grad is not None:
                        g = p.grad.add(p, alpha=group["weight_decay"])
                        _adam_update(p, g, self.state[p], group)
        return loss


class AdamW(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2,
                 amsgrad=False):
        _validate(lr, betas, eps, weight_decay)
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps,
                                      weight_decay=weight_decay, amsgrad=amsgrad))

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                for p in group["params"]:
                    if p.grad is not None:
                        p.mul_(1 - group["lr"] * group["weight_decay"])
                        _adam_update(p, p.grad, self.state[p], group)
        return loss
