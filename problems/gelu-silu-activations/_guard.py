"""Test helper: runs candidate code with the library shortcuts switched off."""
import contextlib

import torch
import torch.nn.functional as F

import solution

_TARGETS = [
    (F, "gelu"), (F, "silu"), (torch.nn, "GELU"), (torch.nn, "SiLU"),
    (torch.autograd, "grad"), (torch.autograd, "backward"), (torch.Tensor, "backward"),
    (torch.func, "grad"), (torch.func, "vjp"), (torch.func, "jacrev"), (torch.func, "jacfwd"),
]


def _banned(name):
    def f(*args, **kwargs):
        raise AssertionError(f"{name} is off limits in this problem: write the formula and its "
                             "derivative yourself")
    return f


@contextlib.contextmanager
def no_shortcuts():
    saved = []
    originals = {}
    for mod, name in _TARGETS:
        obj = getattr(mod, name)
        originals[id(obj)] = name
        saved.append((mod, name, obj))
        setattr(mod, name, _banned(f"torch {name}"))
    for key, obj in list(vars(solution).items()):
        if id(obj) in originals:
            saved.append((solution, key, obj))
            setattr(solution, key, _banned(originals[id(obj)]))
    try:
        yield
    finally:
        for mod, name, obj in reversed(saved):
            setattr(mod, name, obj)
