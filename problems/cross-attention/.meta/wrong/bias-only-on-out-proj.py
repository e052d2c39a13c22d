# Mistake: passes bias=bias only to out_proj; q_proj, k_proj and v_proj always get a bias.
import math

import torch
from torch import nn


class CrossAttention(nn.Module):
    """Multi-head attention with queries from the decoder and keys/values from the encoder."""

    def __init__(self, d_model: int, d_enc: int, n_heads: int, bias: bool = True):
        super().__init__()
        if d_model % n_heads != 0:
            raise ValueError(f"d_model={d_model} is not divisible by n_heads={n_heads}")
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_enc, d_model)
        self.v_proj = nn.Linear(d_enc, d_model)
        self.out_proj = nn.Linear(d_model, d_model, bias=bias)
        self.n_heads = n_heads
        self.d_head = d_model // n_heads

    def _heads(self, t):
        B, T, _ = t.shape
        return t.view(B, T, self.n_heads, self.d_head).transpose(1, 2)

    def forward(self, x, memory, memory_padding_mask=None):
        B, T_tgt, C = x.shape
        q = self._heads(self.q_proj(x))
        k = self._heads(self.k_proj(memory))
        v = self._heads(self.v_proj(memory))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)        # (B, H, T_tgt, T_src)
        if memory_padding_mask is None:
            weights = torch.softmax(scores, dim=-1)
        else:
            hidden = memory_padding_mask[:, None, None, :]
            empty = memory_padding_mask.all(dim=-1)[:, None, None, None]
            scores = scores.masked_fill(hidden & ~empty, float("-inf"))
            weights = torch.softmax(scores, dim=-1).masked_fill(empty, 0.0)
        y = (weights @ v).transpose(1, 2).reshape(B, T_tgt, C)
        return self.out_proj(y)
