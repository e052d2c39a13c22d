# Mistake: the STE mask leaves out the zero point, so with zero_point != 0 the pass-through range is shifted.
import math

import torch
import torch.nn.functional as F


class _FakeQuant(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale, zero_point, qmin, qmax):
        q = torch.round(x / scale) + zero_point
        r = torch.round(x / scale)
        mask = (r >= qmin) & (r <= qmax)
        ctx.save_for_backward(mask)
        return (torch.clamp(q, qmin, qmax) - zero_point) * scale

    @staticmethod
    def backward(ctx, grad_out):
        (mask,) = ctx.saved_tensors
        return grad_out * mask, None, None, None, None


def fake_quantize(x, scale, zero_point, qmin=-128, qmax=127):
    """Quantize-dequantize `x`; gradient passes straight through inside [qmin, qmax]."""
    return _FakeQuant.apply(x, float(scale), int(zero_point), qmin, qmax)


class QATLinear(torch.nn.Module):
    """Linear layer whose weight is fake-quantized (per tensor, symmetric) in forward."""

    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.empty(out_features, in_features))
        self.bias = torch.nn.Parameter(torch.empty(out_features)) if bias else None
        torch.nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            bound = 1 / math.sqrt(in_features) if in_features > 0 else 0
            torch.nn.init.uniform_(self.bias, -bound, bound)

    def _scale(self):
        return max(float(self.weight.detach().abs().max()) / 127, 1e-8)

    def forward(self, x):
        w = fake_quantize(self.weight, self._scale(), 0, -127, 127)
        return F.linear(x, w, self.bias)

    def int8_weight(self):
        scale = self._scale()
        q = torch.clamp(torch.round(self.weight.detach() / scale), -127, 127).to(torch.int8)
        return q, scale
