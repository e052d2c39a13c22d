# Correct alternative: one inf/NaN check over all gradients at once, grads cleared by zeroing to None by hand.
import torch


class DynamicLossScaler:
    def __init__(self, init_scale=2.0**16, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
        self.scale = float(init_scale)
        self._grow, self._back, self._interval = float(growth_factor), float(backoff_factor), int(growth_interval)
        self._streak = 0

    def scale_loss(self, loss):
        return loss * self.scale

    def unscale_(self, params):
        grads = [p.grad for p in params if p.grad is not None]
        inv = 1.0 / self.scale
        for g in grads:
            g.mul_(inv)
        if not grads:
            return False
        total = torch.stack([g.detach().float().sum() for g in grads]).sum()
        return not bool(torch.isfinite(total))

    def update(self, found_inf):
        if found_inf:
            self.scale = self.scale * self._back
            self._streak = 0
        else:
            self._streak += 1
            if self._streak >= self._interval:
                self.scale = self.scale * self._grow
                self._streak = 0


def fp16_train_step(model, master_params, optimizer, scaler, compute_loss):
    fp16 = list(model.parameters())
    for p in fp16 + list(master_params):
        p.grad = None
    scaler.scale_loss(compute_loss(model)).backward()
    for lo, hi in zip(fp16, master_params):
        if lo.grad is not None:
            hi.grad = lo.grad.to(torch.float32)
    if scaler.unscale_(master_params):
        scaler.update(True)
        return False
    optimizer.step()
    with torch.no_grad():
        for lo, hi in zip(fp16, master_params):
            lo.copy_(hi.to(lo.dtype))
    scaler.update(False)
    return True
