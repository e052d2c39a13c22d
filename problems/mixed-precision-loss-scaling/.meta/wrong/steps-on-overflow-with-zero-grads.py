# on overflow it zeroes the master grads and still calls optimizer.step() instead of skipping it
import torch


class DynamicLossScaler:
    """Loss scaler with the growth/backoff rules of torch.amp.GradScaler."""

    def __init__(self, init_scale=2.0**16, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
        self.scale = float(init_scale)
        self.growth_factor = float(growth_factor)
        self.backoff_factor = float(backoff_factor)
        self.growth_interval = int(growth_interval)
        self._good_steps = 0

    def scale_loss(self, loss):
        return loss * self.scale

    def unscale_(self, params):
        found_inf = False
        for p in params:
            if p.grad is None:
                continue
            p.grad.div_(self.scale)
            if not bool(torch.isfinite(p.grad).all()):
                found_inf = True
        return found_inf

    def update(self, found_inf):
        if found_inf:
            self.scale *= self.backoff_factor
            self._good_steps = 0
            return
        self._good_steps += 1
        if self._good_steps == self.growth_interval:
            self.scale *= self.growth_factor
            self._good_steps = 0


def fp16_train_step(model, master_params, optimizer, scaler, compute_loss):
    """One mixed-precision step with fp32 master weights; return True if the optimizer stepped."""
    model_params = list(model.parameters())
    model.zero_grad(set_to_none=True)
    optimizer.zero_grad(set_to_none=True)
    loss = compute_loss(model)
    scaler.scale_loss(loss).backward()
    for p16, p32 in zip(model_params, master_params):
        p32.grad = None if p16.grad is None else p16.grad.detach().float()
    found_inf = scaler.unscale_(master_params)
    if found_inf:
        for p32 in master_params:
            if p32.grad is not None:
                p32.grad.zero_()
        optimizer.step()
    else:
        optimizer.step()
        with torch.no_grad():
            for p16, p32 in zip(model_params, master_params):
                p16.copy_(p32)
    scaler.update(found_inf)
    return not found_inf
