# Correct alternative: einsum for both products and an additive -inf mask from tril.
import torch
from torch import nn


class CausalMultiHeadAttention(nn.Module):
    def __init__(self, d_model: int, n_heads: int, bias: bool = True):
        super().__init__()
        if d_model % n_heads:
            raise ValueError(f"d_model={d_model} is not divisible by n_heads={n_heads}")
        self.h, self.dh = n_heads, d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model, bias=bias)
        self.out = nn.Linear(d_model, d_model, bias=bias)

    def forward(self, x):
        B, T, C = x.shape
        qkv = self.qkv(x).reshape(B, T, 3, self.h, self.dh)
        q, k, v = qkv.unbind(dim=2)                                   # each (B, T, H, dh)
        scores = torch.einsum("bihd,bjhd->bhij", q, k) * self.dh ** -0.5
        allowed = torch.tril(torch.ones(T, T, dtype=torch.bool, device=x.device))
        bias = torch.zeros(T, T, dtype=x.dtype, device=x.device).masked_fill(~allowed, float("-inf"))
        w = (scores + bias).softmax(dim=-1)
        y = torch.einsum("bhij,bjhd->bihd", w, v).reshape(B, T, C)
        return self.out(y)
