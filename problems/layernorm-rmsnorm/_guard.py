"""Test helper: runs candidate code with PyTorch's ready-made normalisation layers switched off."""
import torch
import torch.nn.functional as F
from _shortcuts import switched_off

_TARGETS = [
    (F, "layer_norm"), (F, "rms_norm"), (F, "group_norm"), (F, "instance_norm"), (F, "batch_norm"),
    (torch, "layer_norm"), (torch, "rms_norm"), (torch, "native_layer_norm"),
    (torch.nn, "LayerNorm"), (torch.nn, "RMSNorm"),
]


def no_shortcuts():
    """Run the candidate's code with the shortcuts above switched off."""
    return switched_off(_TARGETS, "compute the statistics and the normalisation yourself")
