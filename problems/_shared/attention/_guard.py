"""Test helper: runs candidate code with PyTorch's ready-made attention switched off."""
import contextlib

import torch
import torch.nn.functional as F

import solution

_TARGETS = [
    (F, "scaled_dot_product_attention"), (F, "multi_head_attention_forward"),
    (torch.nn, "MultiheadAttention"),
]


def _banned(name):
    def f(*args, **kwargs):
        raise AssertionError(f"{name} is off limits in this problem: compute the scores, mask, "
                             "softmax and weighted sum yourself")
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
