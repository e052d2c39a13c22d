# Correct alternative: compute the statistics in at least float32, then cast back to the input dtype.
import torch
from torch import nn


def _work_dtype(x):
    return torch.float64 if x.dtype == torch.float64 else torch.float32


class LayerNorm(nn.Module):
    def __init__(self, dim, eps=1e-5, elementwise_affine=True, bias=True):
        super().__init__()
        self.eps = eps
        if elementwise_affine:
            self.weight = nn.Parameter(torch.ones(dim))
            self.bias = nn.Parameter(torch.zeros(dim)) if bias else None
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)

    def forward(self, x):
        h = x.to(_work_dtype(x))
        var, mean = torch.var_mean(h, dim=-1, keepdim=True, correction=0)
        y = (h - mean) / torch.sqrt(var + self.eps)
        if self.weight is not None:
            y = y * self.weight.to(y.dtype)
        if self.bias is not None:
            y = y + self.bias.to(y.dtype)
        return y.to(x.dtype)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6, elementwise_affine=True):
        super().__init__()
        self.eps = eps
        if elementwise_affine:
            self.weight = nn.Parameter(torch.ones(dim))
        else:
            self.register_parameter("weight", None)

    def forward(self, x):
        h = x.to(_work_dtype(x))
        y = h / torch.sqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        if self.weight is not None:
            y = y * self.weight.to(y.dtype)
        return y.to(x.dtype)
