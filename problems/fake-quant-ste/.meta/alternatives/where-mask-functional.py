# Correct alternative: the STE as a custom Function whose backward rebuilds the mask from x with torch.where.
import math

import torch
import torch.nn.functional as F


class _STE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale, zp, qmin, qmax):
        ctx.save_for_backward(x)
        ctx.params = (scale, zp, qmin, qmax)
        q = torch.round(x / scale) + zp
        return (q.clamp(qmin, qmax) - zp) * scale

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        scale, zp, qmin, qmax = ctx.params
        q = torch.round(x / scale) + zp
        inside = (q >= qmin) & (q <= qmax)
        return torch.where(inside, g, torch.zeros_like(g)), None, None, None, None


def fake_quantize(x, scale, zero_point, qmin=-128, qmax=127):
    return _STE.apply(x, float(scale), int(zero_point), int(qmin), int(qmax))


class QATLinear(torch.nn.Module):
    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        ref = torch.nn.Linear(in_features, out_features, bias=bias)
        self.weight = torch.nn.Parameter(ref.weight.detach().clone())
        self.bias = torch.nn.Parameter(ref.bias.detach().clone()) if bias else None

    def _scale(self):
        with torch.no_grad():
            return max(self.weight.abs().max().item() / 127.0, 1e-8)

    def forward(self, x):
        return F.linear(x, fake_quantize(self.weight, self._scale(), 0, -127, 127), self.bias)

    def int8_weight(self):
        s = self._scale()
        with torch.no_grad():
            q = (self.weight / s).round().clamp(-127, 127).to(torch.int8)
        return q, s
