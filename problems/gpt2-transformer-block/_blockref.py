"""Test helper: references recomputed from a block's own submodules."""
import torch
import torch.nn.functional as F


def rope(x):
    T, d = x.shape[-2], x.shape[-1]
    theta = 10000.0 ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
    ang = torch.arange(T, dtype=torch.float64)[:, None] * theta[None, :]
    c, s = ang.cos().to(x.dtype), ang.sin().to(x.dtype)
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return torch.cat([x1 * c - x2 * s, x1 * s + x2 * c], dim=-1)


def attention(block, x, n_heads, use_rope):
    B, T, C = x.shape
    q, k, v = F.linear(x, block.attn.qkv.weight, block.attn.qkv.bias).split(C, dim=-1)
    q, k, v = (t.view(B, T, n_heads, C // n_heads).transpose(1, 2) for t in (q, k, v))
    if use_rope:
        q, k = rope(q), rope(k)
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return F.linear(y.transpose(1, 2).reshape(B, T, C), block.attn.proj.weight, block.attn.proj.bias)


def expected_params(d, norm, mlp, bias):
    attn = 4 * d * d + (4 * d if bias else 0)
    if mlp == "gelu":
        ff = 8 * d * d + (5 * d if bias else 0)
    else:
        h = 8 * d // 3
        ff = 3 * d * h + (2 * h + d if bias else 0)
    per_norm = d + (d if norm == "layernorm" and bias else 0)
    return attn + ff + 2 * per_norm
