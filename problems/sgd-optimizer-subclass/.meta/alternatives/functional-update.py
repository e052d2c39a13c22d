# Correct: compute each new value out of place and copy it into the parameter.
import torch


class SGD(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0,
                 nesterov=False):
        for name, value in (("lr", lr), ("momentum", momentum), ("weight_decay", weight_decay)):
            if value < 0:
                raise ValueError(f"{name} must be >= 0, got {value}")
        if nesterov and not (momentum > 0 and dampening == 0):
            raise ValueError("Nesterov momentum requires momentum > 0 and zero dampening")
        super().__init__(params, {"lr": lr, "momentum": momentum, "dampening": dampening,
                                  "weight_decay": weight_decay, "nesterov": nesterov})

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                for p in group["params"]:
                    if p.grad is None:
                        continue
                    direction = p.grad.detach() + group["weight_decay"] * p.detach()
                    if group["momentum"]:
                        old = self.state[p].get("momentum_buffer")
                        new = direction.clone() if old is None else (
                            group["momentum"] * old + (1 - group["dampening"]) * direction)
                        self.state[p]["momentum_buffer"] = new
                        direction = direction + group["momentum"] * new if group["nesterov"] else new
                    p.copy_(p - group["lr"] * direction)
        return loss
