import pytest
import torch

from _harness import assert_same_trajectory, run
from solution import Adagrad, RMSprop

ALL = [([0, 1, 2, 3], {})]


def test_both_are_torch_optimizers():
    p = [torch.zeros(2, requires_grad=True)]
    assert isinstance(Adagrad(p), torch.optim.Optimizer), "Adagrad must subclass torch.optim.Optimizer"
    assert isinstance(RMSprop(p), torch.optim.Optimizer), "RMSprop must subclass torch.optim.Optimizer"


def test_adagrad_matches_torch():
    mine = run(lambda g: Adagrad(g, lr=0.1), ALL, steps=5)
    ref = run(lambda g: torch.optim.Adagrad(g, lr=0.1), ALL, steps=5)
    assert_same_trajectory(mine, ref, "Adagrad(lr=0.1)")


def test_rmsprop_matches_torch():
    mine = run(lambda g: RMSprop(g, lr=0.01), ALL, steps=5)
    ref = run(lambda g: torch.optim.RMSprop(g, lr=0.01), ALL, steps=5)
    assert_same_trajectory(mine, ref, "RMSprop(lr=0.01)")


def test_negative_settings_raise():
    p = [torch.zeros(2, requires_grad=True)]
    with pytest.raises(ValueError):
        Adagrad(p, lr=-1.0)
    with pytest.raises(ValueError):
        RMSprop(p, momentum=-0.1)
