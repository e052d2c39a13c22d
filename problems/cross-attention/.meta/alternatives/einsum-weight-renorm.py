# Correct alternative: einsum products; padding handled by exp-weights times a keep mask and a safe renormalisation.
import torch
from torch import nn


class CrossAttention(nn.Module):
    def __init__(self, d_model, d_enc, n_heads, bias=True):
        super().__init__()
        if d_model % n_heads:
            raise ValueError("d_model must be divisible by n_heads")
        self.h, self.dh = n_heads, d_model // n_heads
        self.q_proj = nn.Linear(d_model, d_model, bias=bias)
        self.k_proj = nn.Linear(d_enc, d_model, bias=bias)
        self.v_proj = nn.Linear(d_enc, d_model, bias=bias)
        self.out_proj = nn.Linear(d_model, d_model, bias=bias)

    def forward(self, x, memory, memory_padding_mask=None):
        B, T, C = x.shape
        S = memory.shape[1]
        q = self.q_proj(x).reshape(B, T, self.h, self.dh)
        k = self.k_proj(memory).reshape(B, S, self.h, self.dh)
        v = self.v_proj(memory).reshape(B, S, self.h, self.dh)
        s = torch.einsum("bthd,bshd->bhts", q, k) / self.dh ** 0.5
        if memory_padding_mask is None:
            keep = torch.ones(B, 1, 1, S, dtype=s.dtype, device=s.device)
        else:
            keep = (~memory_padding_mask).to(s.dtype)[:, None, None, :]
        s = s.masked_fill(keep == 0, -1e30)
        s = s - s.amax(dim=-1, keepdim=True).detach()
        e = s.exp() * keep
        w = e / e.sum(dim=-1, keepdim=True).clamp_min(1e-30)
        y = torch.einsum("bhts,bshd->bthd", w, v).reshape(B, T, C)
        return self.out_proj(y)
