import pytest
import torch

from _harness import assert_same_trajectory, run
from solution import Adagrad, RMSprop

ALL = [([0, 1, 2, 3], {})]


def _both(mine_cls, torch_cls, kwargs, groups=ALL, steps=6, **run_kwargs):
    mine = run(lambda g: mine_cls(g, **kwargs), groups, steps, **run_kwargs)
    ref = run(lambda g: torch_cls(g, **kwargs), groups, steps, **run_kwargs)
    return mine, ref


def test_adagrad_lr_decay_initial_accumulator_and_weight_decay():
    kw = dict(lr=0.2, lr_decay=0.1, initial_accumulator_value=0.5, weight_decay=0.05)
    mine, ref = _both(Adagrad, torch.optim.Adagrad, kw)
    assert_same_trajectory(mine, ref, f"Adagrad{kw}")


def test_adagrad_eps_is_added_after_the_square_root():
    # gradients of size ~1e-9: sqrt(sum) is ~1e-9, comparable to eps = 1e-10 only if eps is outside
    mine, ref = _both(Adagrad, torch.optim.Adagrad, dict(lr=0.1), steps=3,
                      grad_scale={0: 1e-9, 1: 1e-9, 2: 1e-9, 3: 1e-9})
    assert_same_trajectory(mine, ref, "Adagrad with tiny gradients (eps goes outside the sqrt)")


def test_adagrad_param_groups_and_missing_grads():
    groups = [([0, 2], dict(lr=0.3, lr_decay=0.2)), ([1, 3], dict(eps=1e-3))]
    mine, ref = _both(Adagrad, torch.optim.Adagrad, dict(lr=0.1), groups=groups, none_until={2: 3, 3: 6})
    assert_same_trajectory(mine, ref, "Adagrad with two groups; params with grad None are skipped "
                                      "and their step count does not advance")


@pytest.mark.parametrize("kw", [
    dict(lr=0.01, momentum=0.9),
    dict(lr=0.01, centered=True),
    dict(lr=0.02, alpha=0.9, centered=True, momentum=0.5, weight_decay=0.1),
])
def test_rmsprop_variants(kw):
    mine, ref = _both(RMSprop, torch.optim.RMSprop, kw)
    assert_same_trajectory(mine, ref, f"RMSprop{kw}")


def test_rmsprop_no_bias_correction_and_eps_outside_sqrt():
    mine, ref = _both(RMSprop, torch.optim.RMSprop, dict(lr=0.01, eps=1e-4), steps=3,
                      grad_scale={0: 1e-5, 1: 1e-3, 2: 1.0, 3: 100.0})
    assert_same_trajectory(mine, ref, "RMSprop with gradients from 1e-5 to 100 (no bias correction; "
                                      "denominator sqrt(v) + eps)")


def test_rmsprop_param_groups_and_missing_grads():
    groups = [([0, 1], dict(momentum=0.9)), ([2], dict(centered=True)), ([3], dict(lr=0.1))]
    mine, ref = _both(RMSprop, torch.optim.RMSprop, dict(lr=0.01), groups=groups, none_until={1: 2, 2: 4})
    assert_same_trajectory(mine, ref, "RMSprop with three groups and late-arriving gradients")


def test_steps_do_not_touch_grads_and_return_closure_loss():
    w = torch.ones(3, requires_grad=True)
    for opt in (Adagrad([w], weight_decay=0.1), RMSprop([w], weight_decay=0.1, momentum=0.9, centered=True)):
        seen = []

        def closure():
            opt.zero_grad()
            loss = (w * torch.arange(3.0)).sum()
            loss.backward()
            seen.append(loss)
            return loss
        got = opt.step(closure)
        name = type(opt).__name__
        assert len(seen) == 1 and got is seen[0], f"{name}.step(closure) must call it once and return its loss"
        before = w.grad.clone()
        assert opt.step() is None, f"{name}.step() without a closure returns None"
        torch.testing.assert_close(w.grad, before, msg=f"{name}.step must not modify p.grad")


@pytest.mark.parametrize("cls, name", [
    (Adagrad, "lr"), (Adagrad, "lr_decay"), (Adagrad, "weight_decay"),
    (Adagrad, "initial_accumulator_value"), (Adagrad, "eps"),
    (RMSprop, "lr"), (RMSprop, "alpha"), (RMSprop, "eps"), (RMSprop, "weight_decay"),
    (RMSprop, "momentum"),
])
def test_every_negative_hyper_parameter_raises(cls, name):
    p = [torch.zeros(2, requires_grad=True)]
    with pytest.raises(ValueError):
        cls(p, **{name: -0.5})
        pytest.fail(f"{cls.__name__}({name}=-0.5) must raise ValueError")


def test_at_most_three_state_tensors_per_parameter():
    w = torch.ones(4, dtype=torch.float64, requires_grad=True)
    opt = RMSprop([w], lr=0.01, momentum=0.9, centered=True, weight_decay=0.1)
    for _ in range(2):
        w.grad = torch.linspace(-1, 1, 4, dtype=torch.float64)
        opt.step()
    big = [k for k, v in opt.state[w].items() if isinstance(v, torch.Tensor) and v.shape == w.shape]
    assert len(big) <= 3, (
        f"RMSprop(centered, momentum) keeps {len(big)} parameter-sized state tensors {sorted(big)}; "
        "the prompt allows at most three (square_avg, grad_avg, momentum_buffer)")
    w2 = torch.ones(4, dtype=torch.float64, requires_grad=True)
    opt = Adagrad([w2], lr_decay=0.1)
    w2.grad = torch.ones(4, dtype=torch.float64)
    opt.step()
    big = [k for k, v in opt.state[w2].items() if isinstance(v, torch.Tensor) and v.shape == w2.shape]
    assert len(big) <= 3, f"Adagrad keeps {len(big)} parameter-sized state tensors {sorted(big)}"
