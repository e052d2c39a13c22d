# Mistake: computes attention one head at a time in a Python loop (the prompt asks for whole (B, H, T, d) tensors).
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
        future = torch.ones(T, T, dtype=torch.bool, device=x.device).triu(1)
        heads = []
        for h in range(self.n_heads):
            s = q[:, h] @ k[:, h].transpose(-2, -1) / math.sqrt(self.d_head)
            heads.append(torch.softmax(s.masked_fill(future, float("-inf")), dim=-1) @ v[:, h])
        y = torch.cat(heads, dim=-1)
        return self.out(y)
