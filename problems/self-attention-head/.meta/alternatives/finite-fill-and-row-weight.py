# Correct: fill padded keys with the dtype's lowest finite value, then zero all-padding sequences.
import math

import torch
from torch import nn


class SelfAttentionHead(nn.Module):
    def __init__(self, d_model: int, d_head: int, bias: bool = False):
        super().__init__()
        self.q_proj = nn.Linear(d_model, d_head, bias=bias)
        self.k_proj = nn.Linear(d_model, d_head, bias=bias)
        self.v_proj = nn.Linear(d_model, d_head, bias=bias)
        self.scale = 1.0 / math.sqrt(d_head)

    def forward(self, x, key_padding_mask=None):
        q = self.q_proj(x) * self.scale
        k, v = self.k_proj(x), self.v_proj(x)
        scores = torch.einsum("bid,bjd->bij", q, k)
        if key_padding_mask is not None:
            scores = scores.masked_fill(key_padding_mask.unsqueeze(1), torch.finfo(scores.dtype).min)
        scores = scores - scores.amax(dim=-1, keepdim=True)
        weights = scores.exp()
        weights = weights / weights.sum(dim=-1, keepdim=True)
        out = torch.einsum("bij,bjd->bid", weights, v)
        if key_padding_mask is not None:
            has_key = (~key_padding_mask).any(dim=-1).to(out.dtype)
            out = out * has_key[:, None, None]
        return out
