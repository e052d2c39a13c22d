# Correct alternative: attention through F.scaled_dot_product_attention, RMSNorm written by hand, RoPE via complex-free index math.
import torch
import torch.nn.functional as F
from torch import nn


class _RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class _Attention(nn.Module):
    def __init__(self, d, h, bias, rope):
        super().__init__()
        self.qkv = nn.Linear(d, 3 * d, bias=bias)
        self.proj = nn.Linear(d, d, bias=bias)
        self.h, self.rope = h, rope

    @staticmethod
    def _rotate(t):
        T, dh = t.shape[-2], t.shape[-1]
        half = dh // 2
        inv = torch.pow(10000.0, -torch.arange(half, dtype=torch.float64) * 2 / dh)
        ang = torch.outer(torch.arange(T, dtype=torch.float64), inv)
        cos, sin = ang.cos().to(t.dtype), ang.sin().to(t.dtype)
        a, b = t[..., :half], t[..., half:]
        return torch.cat((a * cos - b * sin, a * sin + b * cos), dim=-1)

    def forward(self, x):
        B, T, C = x.shape
        q, k, v = self.qkv(x).view(B, T, 3, self.h, C // self.h).permute(2, 0, 3, 1, 4)
        if self.rope:
            q, k = self._rotate(q), self._rotate(k)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.proj(y.transpose(1, 2).reshape(B, T, C))


class _Gelu(nn.Module):
    def __init__(self, d, bias):
        super().__init__()
        self.fc_in = nn.Linear(d, 4 * d, bias=bias)
        self.fc_out = nn.Linear(4 * d, d, bias=bias)

    def forward(self, x):
        return self.fc_out(F.gelu(self.fc_in(x), approximate="none"))


class _SwiGLU(nn.Module):
    def __init__(self, d, bias):
        super().__init__()
        hidden = 8 * d // 3
        self.w_gate = nn.Linear(d, hidden, bias=bias)
        self.w_up = nn.Linear(d, hidden, bias=bias)
        self.w_down = nn.Linear(hidden, d, bias=bias)

    def forward(self, x):
        return self.w_down(F.silu(self.w_gate(x)) * self.w_up(x))


class TransformerBlock(nn.Module):
    def __init__(self, d_model, n_heads, *, norm="layernorm", placement="pre", mlp="gelu",
                 rope=False, bias=True, dropout=0.0):
        super().__init__()
        norms = {"layernorm": lambda: nn.LayerNorm(d_model, eps=1e-5, bias=bias),
                 "rmsnorm": lambda: _RMSNorm(d_model, 1e-6)}
        mlps = {"gelu": _Gelu, "swiglu": _SwiGLU}
        if norm not in norms or mlp not in mlps or placement not in ("pre", "post"):
            raise ValueError("unknown norm / placement / mlp")
        if d_model % n_heads or (rope and (d_model // n_heads) % 2):
            raise ValueError("bad d_model / n_heads for this configuration")
        self.norm1, self.norm2 = norms[norm](), norms[norm]()
        self.attn = _Attention(d_model, n_heads, bias, rope)
        self.mlp = mlps[mlp](d_model, bias)
        self.dropout = nn.Dropout(dropout)
        self.pre = placement == "pre"

    def forward(self, x):
        if self.pre:
            h = x + self.dropout(self.attn(self.norm1(x)))
            return h + self.dropout(self.mlp(self.norm2(h)))
        h = self.norm1(x + self.dropout(self.attn(x)))
        return self.norm2(h + self.dropout(self.mlp(h)))
