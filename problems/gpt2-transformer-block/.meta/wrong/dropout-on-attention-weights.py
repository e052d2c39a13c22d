# Mistake: also applies dropout to the attention weights (as GPT-2's code does), which the prompt rules out.
import math

import torch
import torch.nn.functional as F
from torch import nn


def _rope(x):
    """Half-split RoPE on (B, H, T, d_head), positions 0..T-1, base 10000."""
    T, d = x.shape[-2], x.shape[-1]
    theta = 10000.0 ** (-torch.arange(0, d, 2, dtype=torch.float32) / d)
    ang = torch.arange(T, dtype=torch.float32)[:, None] * theta[None, :]
    c, s = ang.cos().to(x.dtype), ang.sin().to(x.dtype)
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return torch.cat([x1 * c - x2 * s, x1 * s + x2 * c], dim=-1)


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads, bias, rope, dropout=0.0):
        super().__init__()
        self.attn_drop = nn.Dropout(dropout)
        self.qkv = nn.Linear(d_model, 3 * d_model, bias=bias)
        self.proj = nn.Linear(d_model, d_model, bias=bias)
        self.n_heads, self.rope = n_heads, rope

    def forward(self, x):
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=-1)
        q, k, v = (t.view(B, T, self.n_heads, C // self.n_heads).transpose(1, 2) for t in (q, k, v))
        if self.rope:
            q, k = _rope(q), _rope(k)
        scores = q @ k.transpose(-2, -1) / math.sqrt(C // self.n_heads)
        future = torch.ones(T, T, dtype=torch.bool, device=x.device).triu(1)
        y = self.attn_drop(torch.softmax(scores.masked_fill(future, float("-inf")), dim=-1)) @ v
        return self.proj(y.transpose(1, 2).reshape(B, T, C))


class GeluMLP(nn.Module):
    def __init__(self, d, bias):
        super().__init__()
        self.fc_in = nn.Linear(d, 4 * d, bias=bias)
        self.fc_out = nn.Linear(4 * d, d, bias=bias)

    def forward(self, x):
        return self.fc_out(F.gelu(self.fc_in(x)))


class SwiGLUMLP(nn.Module):
    def __init__(self, d, bias):
        super().__init__()
        h = 8 * d // 3
        self.w_gate = nn.Linear(d, h, bias=bias)
        self.w_up = nn.Linear(d, h, bias=bias)
        self.w_down = nn.Linear(h, d, bias=bias)

    def forward(self, x):
        return self.w_down(F.silu(self.w_gate(x)) * self.w_up(x))


class TransformerBlock(nn.Module):
    def __init__(self, d_model, n_heads, *, norm="layernorm", placement="pre", mlp="gelu",
                 rope=False, bias=True, dropout=0.0):
        super().__init__()
        if d_model % n_heads:
            raise ValueError("d_model must be divisible by n_heads")
        if norm not in ("layernorm", "rmsnorm") or placement not in ("pre", "post") or mlp not in ("gelu", "swiglu"):
            raise ValueError(f"unknown option: norm={norm!r}, placement={placement!r}, mlp={mlp!r}")
        if rope and (d_model // n_heads) % 2:
            raise ValueError("RoPE needs an even d_head")

        def make_norm():
            if norm == "layernorm":
                return nn.LayerNorm(d_model, eps=1e-5, bias=bias)
            return nn.RMSNorm(d_model, eps=1e-6)

        self.norm1, self.norm2 = make_norm(), make_norm()
        self.attn = CausalSelfAttention(d_model, n_heads, bias, rope, dropout)
        self.mlp = GeluMLP(d_model, bias) if mlp == "gelu" else SwiGLUMLP(d_model, bias)
        self.drop = nn.Dropout(dropout)
        self.placement = placement

    def forward(self, x):
        if self.placement == "pre":
            x = x + self.drop(self.attn(self.norm1(x)))
            return x + self.drop(self.mlp(self.norm2(x)))
        x = self.norm1(x + self.drop(self.attn(x)))
        return self.norm2(x + self.drop(self.mlp(x)))
