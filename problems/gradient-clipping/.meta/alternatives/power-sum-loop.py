# Correct alternative: accumulate sum |g|^p (or the running max for inf) in a plain loop.
import math

import torch


def _collect(parameters):
    if isinstance(parameters, torch.Tensor):
        parameters = (parameters,)
    out = []
    for p in parameters:
        if p.grad is not None:
            out.append(p.grad)
    return out


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    grads = _collect(parameters)
    if len(grads) == 0:
        return torch.tensor(0.0)
    p = float(norm_type)
    with torch.no_grad():
        if p == math.inf:
            total = max(g.abs().max().to(torch.float64) for g in grads)
        else:
            acc = sum(g.abs().to(torch.float64).pow(p).sum() for g in grads)
            total = acc ** (1.0 / p)
        total = total.to(grads[0].dtype)
        if error_if_nonfinite and (torch.isnan(total) or torch.isinf(total)):
            raise RuntimeError("total gradient norm is not finite")
        scale = max_norm / (float(total) + 1e-6)
        if scale < 1.0:
            for g in grads:
                g.mul_(scale)
    return total


def clip_grad_value_(parameters, clip_value):
    with torch.no_grad():
        for g in _collect(parameters):
            torch.clamp(g, min=-clip_value, max=clip_value, out=g)
