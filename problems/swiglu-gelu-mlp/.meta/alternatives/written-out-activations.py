# Correct: activations written out by hand (erf / tanh GELU, x * sigmoid(x)), ceil division by negation.
import math

import torch
from torch import nn


def swiglu_hidden_dim(d_model: int, multiple_of: int = 1) -> int:
    h = (d_model * 8) // 3
    return -(-h // multiple_of) * multiple_of


def _gelu(x, approximate):
    if approximate == "tanh":
        return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1.0 + torch.erf(x / math.sqrt(2.0)))


class GeluMLP(nn.Module):
    def __init__(self, d_model, hidden=None, bias=True, approximate="none"):
        super().__init__()
        width = hidden or 4 * d_model
        self.fc_in = nn.Linear(d_model, width, bias)
        self.fc_out = nn.Linear(width, d_model, bias)
        self._approximate = approximate

    def forward(self, x):
        return self.fc_out(_gelu(self.fc_in(x), self._approximate))


class SwiGLUMLP(nn.Module):
    def __init__(self, d_model, hidden=None, bias=False):
        super().__init__()
        width = hidden or swiglu_hidden_dim(d_model)
        self.w_gate = nn.Linear(d_model, width, bias)
        self.w_up = nn.Linear(d_model, width, bias)
        self.w_down = nn.Linear(width, d_model, bias)

    def forward(self, x):
        gate = self.w_gate(x)
        return self.w_down(gate * torch.sigmoid(gate) * self.w_up(x))
