import torch
import torch.nn.functional as F


def fake_quantize(x, scale, zero_point, qmin=-128, qmax=127):
    """Quantize-dequantize `x`; gradient passes straight through inside [qmin, qmax]."""
    # TODO: a torch.autograd.Function with a custom backward
    raise NotImplementedError


class QATLinear(torch.nn.Module):
    """Linear layer whose weight is fake-quantized (per tensor, symmetric) in forward."""

    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        # TODO: weight and bias parameters initialised like nn.Linear

    def forward(self, x):
        # TODO
        raise NotImplementedError

    def int8_weight(self):
        # TODO: (int8 tensor, scale)
        raise NotImplementedError
