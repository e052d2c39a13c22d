import torch

from _harness import assert_same_trajectory, run
from solution import Adam, AdamW

ALL = [([0, 1, 2, 3], {})]


def test_adam_with_l2_matches_torch_adam():
    kw = dict(lr=0.01, weight_decay=0.1)
    mine = run(lambda g: Adam(g, **kw), ALL, steps=5)
    ref = run(lambda g: torch.optim.Adam(g, **kw), ALL, steps=5)
    assert_same_trajectory(mine, ref, "Adam(lr=0.01, weight_decay=0.1)")


def test_adamw_matches_torch_adamw():
    kw = dict(lr=0.01, weight_decay=0.1)
    mine = run(lambda g: AdamW(g, **kw), ALL, steps=5)
    ref = run(lambda g: torch.optim.AdamW(g, **kw), ALL, steps=5)
    assert_same_trajectory(mine, ref, "AdamW(lr=0.01, weight_decay=0.1)")


def test_defaults_match_torch():
    p = [torch.zeros(2, requires_grad=True)]
    for mine, ref in ((Adam(p), torch.optim.Adam(p)), (AdamW(p), torch.optim.AdamW(p))):
        for key in ("lr", "betas", "eps", "weight_decay", "amsgrad"):
            got, want = mine.defaults.get(key), ref.defaults[key]
            assert got == want, f"{type(mine).__name__} default {key} should be {want}, got {got}"
