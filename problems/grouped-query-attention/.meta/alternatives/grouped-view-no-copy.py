# Correct alternative: view q as (B, n_kv, g, T, d) and broadcast kv heads, no repeated copies.
import math

import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, d_model, n_heads, n_kv_heads, bias=False):
        super().__init__()
        if d_model % n_heads != 0:
            raise ValueError("d_model must be divisible by n_heads")
        if n_heads % n_kv_heads != 0:
            raise ValueError("n_heads must be divisible by n_kv_heads")
        self.h, self.kv, self.d = n_heads, n_kv_heads, d_model // n_heads
        self.q_proj = nn.Linear(d_model, n_heads * self.d, bias=bias)
        self.k_proj = nn.Linear(d_model, n_kv_heads * self.d, bias=bias)
        self.v_proj = nn.Linear(d_model, n_kv_heads * self.d, bias=bias)
        self.out_proj = nn.Linear(d_model, d_model, bias=bias)

    def forward(self, x):
        B, T, C = x.shape
        g = self.h // self.kv
        q = self.q_proj(x).view(B, T, self.kv, g, self.d).permute(0, 2, 3, 1, 4)   # B, kv, g, T, d
        k = self.k_proj(x).view(B, T, self.kv, 1, self.d).permute(0, 2, 3, 1, 4)   # B, kv, 1, T, d
        v = self.v_proj(x).view(B, T, self.kv, 1, self.d).permute(0, 2, 3, 1, 4)
        s = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.d))
        keep = torch.tril(torch.ones(T, T, dtype=torch.bool))
        s = s.masked_fill(~keep, float("-inf"))
        y = torch.matmul(s.softmax(-1), v)                                          # B, kv, g, T, d
        y = y.permute(0, 3, 1, 2, 4).reshape(B, T, C)
        return self.out_proj(y)
