import math

import torch
from torch import nn


class CausalMultiHeadAttention(nn.Module):
    """GPT-style masked multi-head self-attention with a fused q/k/v projection."""

    def __init__(self, d_model: int, n_heads: int, bias: bool = True):
        super().__init__()
        # TODO: ValueError if d_model % n_heads != 0
        # TODO: self.qkv = nn.Linear(d_model, 3 * d_model, bias=bias); output laid out [q | k | v]
        # TODO: self.out = nn.Linear(d_model, d_model, bias=bias)
        self.n_heads = n_heads

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (B, T, d_model) -> (B, T, d_model); query i sees keys 0..i only."""
        # TODO: q, k, v -> (B, H, T, d_head); scores / sqrt(d_head); causal mask; softmax; @ v
        # TODO: merge heads back to (B, T, d_model) and apply self.out
        raise NotImplementedError
