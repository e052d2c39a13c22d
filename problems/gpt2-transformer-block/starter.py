import math

import torch
import torch.nn.functional as F
from torch import nn


class TransformerBlock(nn.Module):
    """GPT-2 style block with switches for norm type, norm placement, MLP type, RoPE, bias, dropout."""

    def __init__(self, d_model: int, n_heads: int, *, norm: str = "layernorm", placement: str = "pre",
                 mlp: str = "gelu", rope: bool = False, bias: bool = True, dropout: float = 0.0):
        super().__init__()
        # TODO: validate the options (ValueError)
        # TODO: self.norm1, self.norm2, self.attn (with .qkv and .proj), self.mlp (gelu: .fc_in, .fc_out;
        #       swiglu: .w_gate, .w_up, .w_down), a dropout
        self.placement = placement

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # TODO: pre:  x + drop(attn(norm1(x))), then + drop(mlp(norm2(.)))
        # TODO: post: norm1(x + drop(attn(x))), then norm2(. + drop(mlp(.)))
        raise NotImplementedError
