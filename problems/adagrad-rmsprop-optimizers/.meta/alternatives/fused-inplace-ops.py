# Correct alternative: a shared validation base class and fused addcmul_/addcdiv_ updates.
import torch


class _Checked(torch.optim.Optimizer):
    _names = ()

    def __init__(self, params, defaults):
        for name in self._names:
            if defaults[name] < 0:
                raise ValueError(f"{name} must be >= 0, got {defaults[name]}")
        super().__init__(params, defaults)

    def _run_closure(self, closure):
        if closure is None:
            return None
        with torch.enable_grad():
            return closure()


class Adagrad(_Checked):
    _names = ("lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps")

    def __init__(self, params, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 initial_accumulator_value=0.0, eps=1e-10):
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, eps=eps))

    @torch.no_grad()
    def step(self, closure=None):
        loss = self._run_closure(closure)
        for group in self.param_groups:
            for p in (q for q in group["params"] if q.grad is not None):
                st = self.state[p]
                if "sum" not in st:
                    st["step"] = torch.tensor(0.0)
                    st["sum"] = torch.full_like(p, group["initial_accumulator_value"])
                st["step"] += 1
                g = p.grad.add(p, alpha=group["weight_decay"]) if group["weight_decay"] else p.grad
                clr = group["lr"] / (1 + (st["step"].item() - 1) * group["lr_decay"])
                st["sum"].addcmul_(g, g, value=1.0)
                p.addcdiv_(g, st["sum"].sqrt().add_(group["eps"]), value=-clr)
        return loss


class RMSprop(_Checked):
    _names = ("lr", "alpha", "eps", "weight_decay", "momentum")

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False):
        super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay,
                                      momentum=momentum, centered=centered))

    @torch.no_grad()
    def step(self, closure=None):
        loss = self._run_closure(closure)
        for group in self.param_groups:
            a = group["alpha"]
            for p in (q for q in group["params"] if q.grad is not None):
                st = self.state[p]
                if "square_avg" not in st:
                    st["square_avg"] = torch.zeros_like(p)
                g = p.grad.add(p, alpha=group["weight_decay"]) if group["weight_decay"] else p.grad
                v = st["square_avg"].mul_(a).addcmul_(g, g, value=1 - a)
                if group["centered"]:
                    m = st.setdefault("grad_avg", torch.zeros_like(p)).mul_(a).add_(g, alpha=1 - a)
                    denom = v.addcmul(m, m, value=-1).sqrt_().add_(group["eps"])
                else:
                    denom = v.sqrt().add_(group["eps"])
                if group["momentum"] > 0:
                    b = st.setdefault("momentum_buffer", torch.zeros_like(p))
                    b.mul_(group["momentum"]).addcdiv_(g, denom)
                    p.add_(b, alpha=-group["lr"])
                else:
                    p.addcdiv_(g, denom, value=-group["lr"])
        return loss
