import math

import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    """Causal attention with n_heads query heads sharing n_kv_heads key/value heads."""

    def __init__(self, d_model: int, n_heads: int, n_kv_heads: int, bias: bool = False):
        super().__init__()
        # TODO: ValueError checks; q_proj, k_proj, v_proj, out_proj
        self.n_heads, self.n_kv_heads = n_heads, n_kv_heads

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # TODO: q (B, n_heads, T, d), k/v (B, n_kv, T, d); query head h uses kv head h // g
        # TODO: causal scaled dot-product attention, merge heads, out_proj
        raise NotImplementedError
