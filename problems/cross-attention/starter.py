import math

import torch
from torch import nn


class CrossAttention(nn.Module):
    """Multi-head attention with queries from the decoder and keys/values from the encoder."""

    def __init__(self, d_model: int, d_enc: int, n_heads: int, bias: bool = True):
        super().__init__()
        # TODO: ValueError if d_model % n_heads != 0
        # TODO: q_proj (d_model->d_model), k_proj and v_proj (d_enc->d_model), out_proj (d_model->d_model)
        self.n_heads = n_heads

    def forward(self, x, memory, memory_padding_mask=None):
        """x: (B, T_tgt, d_model), memory: (B, T_src, d_enc), mask: (B, T_src) True = padding."""
        # TODO: heads -> scores (B, H, T_tgt, T_src) -> mask padded source columns -> softmax -> @ v
        # TODO: all-padding source -> zero attention output (no NaN); merge heads; out_proj
        raise NotImplementedError
