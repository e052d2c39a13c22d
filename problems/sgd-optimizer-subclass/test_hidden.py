import pytest
import torch

from _harness import assert_same_trajectory, initial_params, run
from solution import SGD

ALL = [([0, 1, 2, 3], {})]


def _both(kwargs, groups=ALL, steps=5, **run_kwargs):
    mine = run(lambda g: SGD(g, **kwargs), groups, steps, **run_kwargs)
    ref = run(lambda g: torch.optim.SGD(g, **kwargs), groups, steps, **run_kwargs)
    return mine, ref


def test_dampening_is_not_applied_on_the_first_step():
    mine, ref = _both(dict(lr=0.1, momentum=0.9, dampening=0.5))
    assert_same_trajectory(mine, ref, "momentum=0.9, dampening=0.5 (first step: buffer = grad)")


def test_nesterov_with_weight_decay():
    mine, ref = _both(dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01), steps=6)
    assert_same_trajectory(mine, ref, "nesterov=True, weight_decay=0.01")


def test_weight_decay_without_momentum():
    mine, ref = _both(dict(lr=0.1, weight_decay=0.3))
    assert_same_trajectory(mine, ref, "weight_decay=0.3, momentum=0")


def test_param_groups_and_a_parameter_without_grad():
    groups = [([0, 1], dict(lr=0.1, momentum=0.9)),
              ([2], dict(lr=0.01, momentum=0.5, nesterov=True)),
              ([3], dict(weight_decay=0.1))]
    for none_until in ({1: 3}, {3: 5}):
        mine, ref = _both(dict(lr=0.2), groups=groups, steps=6, none_until=none_until)
        assert_same_trajectory(mine, ref, f"three param groups, grad None before step {none_until}: "
                                          "skip such parameters and start their buffer at their first grad")


def test_grads_untouched_and_buffer_owns_its_memory():
    for wd in (0.0, 0.1):
        p = initial_params()[0].clone().requires_grad_(True)
        q = p.detach().clone().requires_grad_(True)
        mine = SGD([p], lr=0.1, momentum=0.9, weight_decay=wd)
        ref = torch.optim.SGD([q], lr=0.1, momentum=0.9, weight_decay=wd)
        grad = torch.ones_like(p)
        p.grad = grad
        q.grad = grad.clone()
        for t in range(4):
            before = grad.clone()
            mine.step()
            ref.step()
            torch.testing.assert_close(grad, before, msg=f"step() must not modify p.grad (weight_decay={wd})")
            torch.testing.assert_close(p, q, msg=f"weight_decay={wd}: differs from torch after step {t + 1} "
                                                 "(does the buffer share memory with p.grad?)")
            grad.mul_(-2.0)   # the same grad tensor is reused and changed in place between steps
            q.grad.mul_(-2.0)


def test_state_dict_round_trip_and_closure():
    seen = []

    def closure_for(param, optimizer):
        def closure():
            optimizer.zero_grad()
            loss = ((param - 3.0) ** 2).sum()
            loss.backward()
            seen.append(loss)
            return loss
        return closure

    w_ref = initial_params()[1].clone().requires_grad_(True)
    ref = torch.optim.SGD([w_ref], lr=0.05, momentum=0.9)
    w = w_ref.detach().clone().requires_grad_(True)
    opt = SGD([w], lr=0.05, momentum=0.9)
    for _ in range(3):
        ref.step(closure_for(w_ref, ref))
        got = opt.step(closure_for(w, opt))
        assert got is seen[-1], "step(closure) must call the closure once and return its loss"
    fresh = SGD([w], lr=0.05, momentum=0.9)
    fresh.load_state_dict(opt.state_dict())
    for _ in range(3):
        ref.step(closure_for(w_ref, ref))
        fresh.step(closure_for(w, fresh))
    torch.testing.assert_close(w, w_ref, rtol=1e-10, atol=1e-12,
                               msg="after state_dict()/load_state_dict() training must continue exactly as "
                                   "torch: keep the momentum buffer in self.state[p]")


def test_nesterov_needs_zero_dampening_and_positive_momentum():
    p = [torch.zeros(3, requires_grad=True)]
    for kwargs in (dict(lr=0.01, momentum=0.5, dampening=0.2, nesterov=True),
                   dict(lr=0.01, momentum=0.0, nesterov=True)):
        with pytest.raises(ValueError):
            SGD(p, **kwargs)
            pytest.fail(f"SGD(**{kwargs}) must raise ValueError: Nesterov needs momentum > 0 and dampening == 0")
    SGD(p, lr=0.0, momentum=0.5, nesterov=True)   # lr == 0 and a plain Nesterov setting are both valid
