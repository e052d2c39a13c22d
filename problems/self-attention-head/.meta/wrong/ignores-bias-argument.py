# Mistake: builds the three projections without bias whatever `bias` says
import math

import torch
from torch import nn


class SelfAttentionHead(nn.Module):
    """One head of scaled dot-product self-attention with an optional key padding mask."""

    def __init__(self, d_model: int, d_head: int, bias: bool = False):
        super().__init__()
        self.q_proj = nn.Linear(d_model, d_head, bias=False)
        self.k_proj = nn.Linear(d_model, d_head, bias=False)
        self.v_proj = nn.Linear(d_model, d_head, bias=False)
        self.d_head = d_head

    def forward(self, x: torch.Tensor, key_padding_mask: torch.Tensor | None = None) -> torch.Tensor:
        q, k, v = self.q_proj(x), self.k_proj(x), self.v_proj(x)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)      # (B, T, T)
        if key_padding_mask is None:
            return torch.softmax(scores, dim=-1) @ v
        hidden = key_padding_mask[:, None, :]                           # (B, 1, T) over keys
        empty = key_padding_mask.all(dim=-1)[:, None, None]             # (B, 1, 1)
        # all-padding sequences: keep their scores finite so softmax stays NaN-free
        scores = scores.masked_fill(hidden & ~empty, float("-inf"))
        weights = torch.softmax(scores, dim=-1).masked_fill(empty, 0.0)
        return weights @ v
