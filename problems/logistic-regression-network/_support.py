"""Test helpers: separable seeded data, and a switch that turns torch's BCE functions off."""
import contextlib

import torch
import torch.nn.functional as F

import solution

TRUE_W = torch.tensor([1.5, -2.0])
TRUE_B = 0.5


def make_data(n=400, margin=0.2, seed=0):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, 2, generator=g) * 1.5
    score = (X @ TRUE_W + TRUE_B) / TRUE_W.norm()
    keep = score.abs() > margin                      # a gap around the boundary: separable
    X, score = X[keep], score[keep]
    return X, (score > 0).float()


_TARGETS = [(F, "binary_cross_entropy_with_logits"), (F, "binary_cross_entropy"),
            (torch.nn, "BCEWithLogitsLoss"), (torch.nn, "BCELoss")]


@contextlib.contextmanager
def no_torch_bce():
    def banned(*args, **kwargs):
        raise AssertionError("write the loss yourself: torch's BCE functions are off limits here")
    saved, originals = [], {}
    for mod, name in _TARGETS:
        obj = getattr(mod, name)
        originals[id(obj)] = obj
        saved.append((mod, name, obj))
        setattr(mod, name, banned)
    for key, obj in list(vars(solution).items()):
        if id(obj) in originals:
            saved.append((solution, key, obj))
            setattr(solution, key, banned)
    try:
        yield
    finally:
        for mod, name, obj in reversed(saved):
            setattr(mod, name, obj)
