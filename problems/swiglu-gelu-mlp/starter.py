import torch
import torch.nn.functional as F
from torch import nn


def swiglu_hidden_dim(d_model: int, multiple_of: int = 1) -> int:
    """floor(8 * d_model / 3), rounded up to a multiple of `multiple_of`."""
    # TODO
    raise NotImplementedError


class GeluMLP(nn.Module):
    """fc_out(gelu(fc_in(x))); hidden defaults to 4 * d_model."""

    def __init__(self, d_model: int, hidden: int | None = None, bias: bool = True, approximate: str = "none"):
        super().__init__()
        # TODO: fc_in, fc_out

    def forward(self, x):
        raise NotImplementedError


class SwiGLUMLP(nn.Module):
    """w_down(silu(w_gate(x)) * w_up(x)); hidden defaults to swiglu_hidden_dim(d_model)."""

    def __init__(self, d_model: int, hidden: int | None = None, bias: bool = False):
        super().__init__()
        # TODO: w_gate, w_up, w_down

    def forward(self, x):
        raise NotImplementedError
