import numpy as np
import pytest
import torch
from torch.optim.adam import adam as torch_functional_adam

from solution import AdamOptimizer


class TorchAdam:
    """torch.optim.Adam's update through its functional form (avoids importing torch._dynamo)."""

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


def run_both(arrays, grad_list, **kw):
    ours = [a.copy() for a in arrays]
    opt = AdamOptimizer(ours, **kw)
    ref = TorchAdam(arrays, **kw)
    for grads in grad_list:
        opt.step(grads)
        ref.step(grads)
    return ours, [p.numpy() for p in ref.params]


def test_tiny_gradients_put_eps_outside_the_sqrt():
    x = np.array([0.5, -0.5, 2.0])
    grads = [[np.array([1e-9, -3e-9, 2e-10])] for _ in range(3)]
    ours, want = run_both([x], grads, lr=0.1)
    np.testing.assert_allclose(ours[0], want[0], rtol=1e-10,
                               err_msg="for gradients near eps the result depends on where eps goes: "
                                       "p -= lr * m_hat / (sqrt(v_hat) + eps)")


def test_weight_decay_matches_torch_and_grads_untouched():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(4, 2))
    grad_list = [[rng.normal(size=(4, 2))] for _ in range(5)]
    saved = [g[0].copy() for g in grad_list]
    ours, want = run_both([x], grad_list, lr=0.01, weight_decay=0.1)
    np.testing.assert_allclose(ours[0], want[0], rtol=1e-10,
                               err_msg="weight_decay adds weight_decay * p to the gradient (torch.optim.Adam, not AdamW)")
    for g, s in zip(grad_list, saved):
        np.testing.assert_array_equal(g[0], s, err_msg="step modified a gradient array it was given")


def test_zero_gradient_still_moves_with_momentum():
    x = np.array([1.0])
    ours, want = run_both([x], [[np.array([1.0])], [np.array([0.0])], [np.array([0.0])]], lr=0.1)
    np.testing.assert_allclose(ours[0], want[0], rtol=1e-12, err_msg="zero gradients after a nonzero one")
    assert ours[0][0] < 0.9 - 1e-3, "the first moment keeps moving the parameter after the gradient drops to zero"


def test_params_updated_in_place_and_scale_invariant_convergence():
    scales = np.logspace(-3, 3, 7)
    x = np.ones(7)
    buffer = x.__array_interface__["data"][0]
    opt = AdamOptimizer([x], lr=0.05)
    for _ in range(400):
        opt.step([2 * scales * x])
    assert x.__array_interface__["data"][0] == buffer, "update the parameter arrays in place"
    assert np.all(np.abs(x) < 1e-3), (
        f"on sum(c_i x_i^2) with c from 1e-3 to 1e3 Adam's per-coordinate scaling should reach the minimum "
        f"in every coordinate within 400 steps, got {x}"
    )


@pytest.mark.parametrize("kwargs", [dict(lr=0.0), dict(eps=-1e-8), dict(weight_decay=-0.1),
                                    dict(betas=(1.0, 0.999)), dict(betas=(0.9, -0.1))])
def test_invalid_settings(kwargs):
    with pytest.raises(ValueError):
        AdamOptimizer([np.zeros(2)], **kwargs)


def test_mismatched_grads_raise():
    opt = AdamOptimizer([np.zeros(2), np.zeros((2, 2))])
    with pytest.raises(ValueError):
        opt.step([np.zeros(2)])
    with pytest.raises(ValueError):
        opt.step([np.zeros(2), np.zeros(3)])


def test_shape_mismatch_raises_even_when_numpy_would_broadcast():
    # a (3,) or (1, 3) gradient broadcasts against a (2, 3) parameter without any numpy error
    for bad in (np.ones(3), np.ones((1, 3)), np.ones((2, 1))):
        p = np.zeros((2, 3))
        opt = AdamOptimizer([p], lr=0.1)
        with pytest.raises(ValueError):
            opt.step([bad])
            pytest.fail(f"a gradient of shape {bad.shape} for a (2, 3) parameter must raise ValueError; "
                        "numpy broadcasting silently accepted it, so compare shapes yourself")
    opt = AdamOptimizer([np.zeros(2)], lr=0.1)
    with pytest.raises(ValueError):
        opt.step([np.zeros(2), np.zeros(2)])
        pytest.fail("two gradients for one parameter must raise ValueError (zip would drop the extra)")


def test_step_count_is_per_call_not_per_parameter():
    rng = np.random.default_rng(3)
    arrays = [rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=3)]
    grad_list = [[rng.normal(size=a.shape) for a in arrays] for _ in range(4)]
    ours = [a.copy() for a in arrays]
    opt = AdamOptimizer(ours, lr=0.02, betas=(0.5, 0.9))
    ref = TorchAdam(arrays, lr=0.02, betas=(0.5, 0.9))
    for step, grads in enumerate(grad_list, 1):
        opt.step(grads)
        ref.step(grads)
        assert opt.t == step, f"t counts calls to step(), not parameters: expected {step}, got {opt.t}"
        for i, (got, want) in enumerate(zip(ours, ref.params)):
            np.testing.assert_allclose(got, want.numpy(), rtol=1e-10, atol=1e-13,
                                       err_msg=f"parameter {i} of 3 differs from torch after step {step}")


def test_zero_betas_are_allowed():
    x = np.array([1.0, -2.0])
    grads = [[np.array([0.3, -0.1])], [np.array([-0.2, 0.4])]]
    try:
        ours, want = run_both([x], grads, lr=0.1, betas=(0.0, 0.0))
    except ValueError as e:
        raise AssertionError(f"betas=(0.0, 0.0) raised ValueError ({e}); 0 lies in [0, 1) and is valid") from None
    np.testing.assert_allclose(ours[0], want[0], rtol=1e-10,
                               err_msg="betas in [0, 1) are valid, 0 included (no averaging)")


def test_zero_eps_is_allowed():
    x = np.array([0.7, -1.3])
    grads = [[np.array([0.5, -2.0])], [np.array([0.25, 1.0])]]
    try:
        ours, want = run_both([x], grads, lr=0.05, eps=0.0)
    except ValueError as e:
        raise AssertionError(f"eps=0.0 raised ValueError ({e}); only a negative eps is invalid") from None
    np.testing.assert_allclose(ours[0], want[0], rtol=1e-10,
                               err_msg="with eps=0 and nonzero gradients the update must still match torch")
