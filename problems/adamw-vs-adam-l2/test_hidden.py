import pytest
import torch

from _harness import assert_same_trajectory, initial_params, run
from solution import Adam, AdamW

ALL = [([0, 1, 2, 3], {})]
PAIRS = [(Adam, torch.optim.Adam), (AdamW, torch.optim.AdamW)]


@pytest.mark.parametrize("mine_cls,torch_cls", PAIRS, ids=["Adam", "AdamW"])
def test_amsgrad_betas_and_large_gradients(mine_cls, torch_cls):
    kw = dict(lr=0.05, betas=(0.8, 0.95), eps=1e-6, weight_decay=0.2, amsgrad=True)
    scale = {0: 100.0, 1: 1e-4}
    mine = run(lambda g: mine_cls(g, **kw), ALL, steps=8, grad_scale=scale)
    ref = run(lambda g: torch_cls(g, **kw), ALL, steps=8, grad_scale=scale)
    assert_same_trajectory(mine, ref, f"{mine_cls.__name__}{kw}")


@pytest.mark.parametrize("mine_cls,torch_cls", PAIRS, ids=["Adam", "AdamW"])
def test_param_groups_and_missing_grads(mine_cls, torch_cls):
    groups = [([0, 1], dict(weight_decay=0.0)), ([2], dict(lr=0.1, amsgrad=True)), ([3], dict(weight_decay=0.5))]
    mine = run(lambda g: mine_cls(g, lr=0.01), groups, steps=7, none_until={1: 3, 3: 5})
    ref = run(lambda g: torch_cls(g, lr=0.01), groups, steps=7, none_until={1: 3, 3: 5})
    assert_same_trajectory(mine, ref, f"{mine_cls.__name__} with groups; bias correction must use each "
                                      "parameter's own step count")


def test_without_weight_decay_adam_and_adamw_coincide():
    kw = dict(lr=0.02, weight_decay=0.0)
    a = run(lambda g: Adam(g, **kw), ALL, steps=6, grad_scale={0: 50.0})
    w = run(lambda g: AdamW(g, **kw), ALL, steps=6, grad_scale={0: 50.0})
    assert_same_trajectory(a, w, "with weight_decay=0 Adam and AdamW must take identical steps")


def _decay_effect(cls, grad_value, steps=50, lr=0.01, wd=0.1):
    """How much weight decay changed a parameter that starts at 1 and sees a constant gradient."""
    finals = []
    for decay in (wd, 0.0):
        p = torch.ones(1, dtype=torch.float64, requires_grad=True)
        opt = cls([p], lr=lr, weight_decay=decay)
        for _ in range(steps):
            p.grad = torch.full_like(p, grad_value)
            opt.step()
        finals.append(float(p.detach()))
    return finals[1] - finals[0]


def test_decoupled_decay_does_not_depend_on_gradient_size():
    small_w, large_w = _decay_effect(AdamW, 1e-3), _decay_effect(AdamW, 1e3)
    small_a, large_a = _decay_effect(Adam, 1e-3), _decay_effect(Adam, 1e3)
    assert abs(small_w - large_w) < 1e-4 * abs(small_w) and small_w > 0.03, (
        f"AdamW shrinks a weight by the same amount whatever its gradient size "
        f"(got {small_w:.6g} with |g|=1e-3 vs {large_w:.6g} with |g|=1e3)")
    assert abs(large_a) < 1e-3 * large_w, (
        f"with L2 inside Adam the decay on a large-gradient weight is divided by sqrt(v) and "
        f"nearly vanishes: expected far below {large_w:.4g}, got {large_a:.4g}")
    assert abs(small_a) > 100 * abs(large_a), (
        f"with L2 inside Adam the effect of weight decay depends on the gradient size: "
        f"{small_a:.4g} with |g|=1e-3 vs {large_a:.4g} with |g|=1e3")
