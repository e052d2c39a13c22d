import numpy as np
import pytest
import torch
from torch.optim.adam import adam as torch_functional_adam

from solution import AdamOptimizer


class TorchAdam:
    """torch.optim.Adam's update, through the function its .step() calls.

    (Building the torch.optim.Adam object first imports torch._dynamo, which costs seconds.)
    """

    def __init__(self, arrays, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):
        self.params = [torch.tensor(a, dtype=torch.float64) for a in arrays]
        self.m = [torch.zeros_like(p) for p in self.params]
        self.v = [torch.zeros_like(p) for p in self.params]
        self.steps = [torch.tensor(0.0, dtype=torch.float64) for _ in self.params]
        self.kw = dict(lr=lr, beta1=betas[0], beta2=betas[1], eps=eps, weight_decay=weight_decay)

    def step(self, grads):
        torch_functional_adam(self.params, [torch.tensor(g) for g in grads], self.m, self.v, [], self.steps,
                              foreach=False, capturable=False, differentiable=False, fused=None, grad_scale=None,
                              found_inf=None, has_complex=False, amsgrad=False, maximize=False, **self.kw)


def test_example_from_prompt():
    p = np.array([1.0, -1.0])
    opt = AdamOptimizer([p], lr=0.1)
    opt.step([np.array([4.0, -0.001])])
    want = [1.0 - 0.1 * 4.0 / (4.0 + 1e-8), -1.0 + 0.1 * 0.001 / (0.001 + 1e-8)]
    np.testing.assert_allclose(p, want, rtol=1e-12,
                               err_msg="with bias correction the first step is lr * g / (|g| + eps)")
    assert opt.t == 1, f"t should be 1 after one step, got {opt.t}"


def test_first_step_matches_torch():
    rng = np.random.default_rng(0)
    arrays = [rng.normal(size=(3, 4)), rng.normal(size=5)]
    grads = [rng.normal(size=(3, 4)) * 10, rng.normal(size=5) * 0.01]
    ours = [a.copy() for a in arrays]
    AdamOptimizer(ours, lr=0.01).step(grads)
    ref = TorchAdam(arrays, lr=0.01)
    ref.step(grads)
    for got, want in zip(ours, ref.params):
        np.testing.assert_allclose(got, want.numpy(), rtol=1e-10, atol=1e-13,
                                   err_msg="first step differs from torch.optim.Adam: bias correction matters most here")


def test_many_steps_match_torch():
    rng = np.random.default_rng(1)
    arrays = [rng.normal(size=(2, 3)), rng.normal(size=4)]
    ours = [a.copy() for a in arrays]
    opt = AdamOptimizer(ours, lr=0.05, betas=(0.8, 0.99))
    ref = TorchAdam(arrays, lr=0.05, betas=(0.8, 0.99))
    for step in range(1, 31):
        grads = [rng.normal(size=(2, 3)), rng.normal(size=4) * step]
        opt.step(grads)
        ref.step(grads)
        for got, want in zip(ours, ref.params):
            np.testing.assert_allclose(got, want.numpy(), rtol=1e-9, atol=1e-12,
                                       err_msg=f"parameters differ from torch.optim.Adam after step {step}")
    assert opt.t == 30, f"t should count 30 steps, got {opt.t}"
