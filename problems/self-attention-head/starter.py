import math

import torch
from torch import nn


class SelfAttentionHead(nn.Module):
    """One head of scaled dot-product self-attention with an optional key padding mask."""

    def __init__(self, d_model: int, d_head: int, bias: bool = False):
        super().__init__()
        # TODO: three nn.Linear(d_model, d_head, bias=bias) named q_proj, k_proj, v_proj
        self.d_head = d_head

    def forward(self, x: torch.Tensor, key_padding_mask: torch.Tensor | None = None) -> torch.Tensor:
        """x: (B, T, d_model); key_padding_mask: (B, T) bool, True = padding. Returns (B, T, d_head).

        Padding keys get weight 0; a sequence whose keys are all padding yields zero rows.
        """
        # TODO: project, score = q k^T / sqrt(d_head), mask padded keys, softmax, weight v
        # TODO: rows with no visible key -> zeros, without NaN in the forward or backward pass
        raise NotImplementedError
