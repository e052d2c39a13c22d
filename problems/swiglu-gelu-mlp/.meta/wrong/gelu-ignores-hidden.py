# Mistake: GeluMLP always uses 4 * d_model as its hidden width and ignores the hidden argument
import torch
import torch.nn.functional as F
from torch import nn


def swiglu_hidden_dim(d_model: int, multiple_of: int = 1) -> int:
    """floor(8 * d_model / 3), rounded up to a multiple of `multiple_of`."""
    h = 8 * d_model // 3
    return ((h + multiple_of - 1) // multiple_of) * multiple_of


class GeluMLP(nn.Module):
    """fc_out(gelu(fc_in(x))); hidden defaults to 4 * d_model."""

    def __init__(self, d_model: int, hidden: int | None = None, bias: bool = True, approximate: str = "none"):
        super().__init__()
        hidden = 4 * d_model
        self.fc_in = nn.Linear(d_model, hidden, bias=bias)
        self.fc_out = nn.Linear(hidden, d_model, bias=bias)
        self.approximate = approximate

    def forward(self, x):
        return self.fc_out(F.gelu(self.fc_in(x), approximate=self.approximate))


class SwiGLUMLP(nn.Module):
    """w_down(silu(w_gate(x)) * w_up(x)); hidden defaults to swiglu_hidden_dim(d_model)."""

    def __init__(self, d_model: int, hidden: int | None = None, bias: bool = False):
        super().__init__()
        hidden = swiglu_hidden_dim(d_model) if hidden is None else hidden
        self.w_gate = nn.Linear(d_model, hidden, bias=bias)
        self.w_up = nn.Linear(d_model, hidden, bias=bias)
        self.w_down = nn.Linear(hidden, d_model, bias=bias)

    def forward(self, x):
        return self.w_down(F.silu(self.w_gate(x)) * self.w_up(x))
