"""Test helper: runs candidate code with the library shortcuts switched off."""
import torch
import torch.nn.functional as F
from _shortcuts import switched_off

_TARGETS = [
    (F, "gelu"), (F, "silu"), (torch.nn, "GELU"), (torch.nn, "SiLU"),
    (torch.autograd, "grad"), (torch.autograd, "backward"), (torch.Tensor, "backward"),
    (torch.func, "grad"), (torch.func, "vjp"), (torch.func, "jacrev"), (torch.func, "jacfwd"),
]


def no_shortcuts():
    """Run the candidate's code with the shortcuts above switched off."""
    return switched_off(_TARGETS, "write the formula and its derivative yourself")
