"""Test helper: runs candidate code with PyTorch's ready-made attention switched off."""
import torch
import torch.nn.functional as F
from _shortcuts import switched_off

_TARGETS = [
    (F, "scaled_dot_product_attention"), (F, "multi_head_attention_forward"),
    (torch.nn, "MultiheadAttention"),
]


def no_shortcuts():
    """Run the candidate's code with the shortcuts above switched off."""
    return switched_off(_TARGETS, "compute the scores, mask, softmax and weighted sum yourself")
