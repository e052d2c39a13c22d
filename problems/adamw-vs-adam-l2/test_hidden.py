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


@pytest.mark.parametrize("cls", [Adam, AdamW])
def test_step_leaves_grad_alone_and_returns_closure_loss(cls):
    w = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
    opt = cls([w], lr=0.01, weight_decay=0.3)
    calls = []

    def closure():
        assert torch.is_grad_enabled(), (
            "step() called the closure with gradients disabled; wrap the call in torch.enable_grad()")
        opt.zero_grad()
        loss = (w ** 2).sum()
        loss.backward()
        calls.append(loss)
        return loss

    got = opt.step(closure)
    assert len(calls) == 1 and got is calls[0], (
        f"{cls.__name__}.step(closure) must call the closure once (with gradients enabled) "
        "and return its loss")
    before = w.grad.clone()
    assert opt.step() is None, f"{cls.__name__}.step() without a closure returns None"
    torch.testing.assert_close(w.grad, before, msg=lambda m: (
        f"{cls.__name__}.step modified p.grad (add the decay to a new tensor, not into the grad)\n{m}"))


@pytest.mark.parametrize("cls", [Adam, AdamW])
@pytest.mark.parametrize("kwargs", [dict(lr=-0.1), dict(eps=-1e-8), dict(weight_decay=-0.01),
                                    dict(betas=(1.0, 0.999)), dict(betas=(0.9, 1.0)),
                                    dict(betas=(-0.1, 0.999))])
def test_invalid_hyper_parameters_raise(cls, kwargs):
    with pytest.raises(ValueError):
        cls([torch.zeros(2, requires_grad=True)], **kwargs)
        pytest.fail(f"{cls.__name__}({kwargs}) must raise ValueError")


@pytest.mark.parametrize("cls", [Adam, AdamW])
def test_state_tensors_two_without_amsgrad(cls):
    w = torch.ones(3, dtype=torch.float64, requires_grad=True)
    opt = cls([w], lr=0.01)
    w.grad = torch.ones(3, dtype=torch.float64)
    opt.step()
    big = [k for k, v in opt.state[w].items() if isinstance(v, torch.Tensor) and v.shape == w.shape]
    assert len(big) <= 2, (
        f"{cls.__name__} without AMSGrad keeps {len(big)} parameter-sized state tensors {sorted(big)}; "
        "only m and v are needed (allocate the max buffer only when amsgrad=True)")


@pytest.mark.parametrize("cls", [Adam, AdamW])
def test_zero_learning_rate_is_allowed(cls):
    w = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
    try:
        opt = cls([w], lr=0.0, weight_decay=0.1)
    except ValueError as e:
        raise AssertionError(f"{cls.__name__}(lr=0.0) raised ValueError ({e}); only a negative lr "
                             "is invalid") from None
    w.grad = torch.tensor([0.5, 0.5], dtype=torch.float64)
    opt.step()
    torch.testing.assert_close(w.detach(), torch.tensor([1.0, -2.0], dtype=torch.float64),
                               msg=f"{cls.__name__} with lr=0 must leave the parameter unchanged")
