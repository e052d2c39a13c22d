import pytest
import torch

from _harness import assert_same_trajectory, run
from solution import SGD

ALL = [([0, 1, 2, 3], {})]


def test_is_a_torch_optimizer():
    p = torch.zeros(2, requires_grad=True)
    assert isinstance(SGD([p], lr=0.1), torch.optim.Optimizer), "subclass torch.optim.Optimizer"


def test_plain_sgd_matches_torch():
    mine = run(lambda g: SGD(g, lr=0.1), ALL, steps=3)
    ref = run(lambda g: torch.optim.SGD(g, lr=0.1), ALL, steps=3)
    assert_same_trajectory(mine, ref, "plain SGD (lr=0.1)")


def test_momentum_matches_torch_over_several_steps():
    mine = run(lambda g: SGD(g, lr=0.05, momentum=0.9), ALL, steps=5)
    ref = run(lambda g: torch.optim.SGD(g, lr=0.05, momentum=0.9), ALL, steps=5)
    assert_same_trajectory(mine, ref, "SGD momentum=0.9")


def test_invalid_settings_raise():
    p = [torch.zeros(2, requires_grad=True)]
    for kwargs in [dict(lr=-0.1), dict(lr=0.1, momentum=-0.5), dict(lr=0.1, weight_decay=-1e-4),
                   dict(lr=0.1, nesterov=True), dict(lr=0.1, momentum=0.9, dampening=0.1, nesterov=True)]:
        with pytest.raises(ValueError):
            SGD(p, **kwargs)
