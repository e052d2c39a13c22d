# Mistake: Adagrad's decayed rate uses t instead of t - 1, so even the first step is already decayed.
import torch


def _check(**values):
    for name, v in values.items():
        if v < 0:
            raise ValueError(f"invalid {name}: {v}")


class Adagrad(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 initial_accumulator_value=0.0, eps=1e-10):
        _check(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
               initial_accumulator_value=initial_accumulator_value, eps=eps)
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, eps=eps))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["sum"] = torch.full_like(p, group["initial_accumulator_value"])
                state["step"] += 1
                g = p.grad
                if group["weight_decay"] != 0:
                    g = g + group["weight_decay"] * p
                clr = group["lr"] / (1 + state["step"] * group["lr_decay"])
                state["sum"].add_(g * g)
                p.sub_(clr * g / (state["sum"].sqrt() + group["eps"]))
        return loss


class RMSprop(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False):
        _check(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum)
        super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay,
                                      momentum=momentum, centered=centered))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            alpha, mom = group["alpha"], group["momentum"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["square_avg"] = torch.zeros_like(p)
                    if mom > 0:
                        state["momentum_buffer"] = torch.zeros_like(p)
                    if group["centered"]:
                        state["grad_avg"] = torch.zeros_like(p)
                state["step"] += 1
                g = p.grad
                if group["weight_decay"] != 0:
                    g = g + group["weight_decay"] * p
                v = state["square_avg"]
                v.mul_(alpha).add_((1 - alpha) * g * g)
                if group["centered"]:
                    m = state["grad_avg"]
                    m.mul_(alpha).add_((1 - alpha) * g)
                    denom = (v - m * m).sqrt() + group["eps"]
                else:
                    denom = v.sqrt() + group["eps"]
                if mom > 0:
                    buf = state["momentum_buffer"]
                    buf.mul_(mom).add_(g / denom)
                    p.sub_(group["lr"] * buf)
                else:
                    p.sub_(group["lr"] * g / denom)
        return loss
