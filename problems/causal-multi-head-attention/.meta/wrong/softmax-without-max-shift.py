# Mistake: writes the softmax as exp(s) / sum(exp(s)) without subtracting the row max, so large scores overflow to inf and give NaN.
import math

import torch
from torch import nn


class CausalMultiHeadAttention(nn.Module):
    """GPT-style masked multi-head self-attention with a fused q/k/v projection."""

    def __init__(self, d_model: int, n_heads: int, bias: bool = True):
        super().__init__()
        if d_model % n_heads != 0:
            raise ValueError(f"d_model={d_model} is not divisible by n_heads={n_heads}")
        self.qkv = nn.Linear(d_model, 3 * d_model, bias=bias)
        self.out = nn.Linear(d_model, d_model, bias=bias)
        self.n_heads = n_heads
        self.d_head = d_model // n_heads

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=-1)
        q, k, v = (t.view(B, T, self.n_heads, self.d_head).transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)           # (B, H, T, T)
        future = torch.ones(T, T, dtype=torch.bool, device=x.device).triu(1)
        e = scores.masked_fill(future, float("-inf")).exp()
        weights = e / e.sum(dim=-1, keepdim=True)
        y = (weights @ v).transpose(1, 2).reshape(B, T, C)
        return self.out(y)
