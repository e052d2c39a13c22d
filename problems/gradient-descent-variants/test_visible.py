import numpy as np
import pytest
import torch
from torch.optim.sgd import sgd as torch_functional_sgd

from solution import SGD, run_optimizer

A = np.array([[3.0, 0.5], [0.5, 1.0]])
B = np.array([1.0, -2.0])


def quad_grad(x):
    return A @ x - B


def torch_sgd_step(p, g, buf, lr, momentum, nesterov):
    """One step of torch.optim.SGD, through the function its .step() calls.

    (Building the torch.optim.SGD object itself first imports torch._dynamo, which costs seconds.)
    """
    torch_functional_sgd([p], [g], buf, lr=lr, momentum=momentum, dampening=0.0, weight_decay=0.0,
                                 nesterov=nesterov, maximize=False, foreach=False)


def torch_path(x0, n_steps, lr, momentum=0.0, nesterov=False):
    p = torch.tensor(x0, dtype=torch.float64)
    At, Bt = torch.tensor(A), torch.tensor(B)
    buf = [None]
    path = [p.clone().numpy()]
    for _ in range(n_steps):
        torch_sgd_step(p, At @ p - Bt, buf, lr, momentum, nesterov)
        path.append(p.clone().numpy())
    return np.array(path)


def test_example_from_prompt():
    opt = SGD(lr=0.1, momentum=0.9)
    x = np.array([1.0, -2.0])
    opt.step(x, np.array([1.0, 1.0]))
    np.testing.assert_allclose(x, [0.9, -2.1], err_msg="first momentum step: the buffer is just the gradient")
    opt.step(x, np.array([1.0, 1.0]))
    np.testing.assert_allclose(x, [0.71, -2.29], err_msg="second step: buffer = 0.9 * 1 + 1 = 1.9")


@pytest.mark.parametrize("momentum, nesterov", [(0.0, False), (0.9, False), (0.9, True)])
@pytest.mark.parametrize("n_steps", [1, 10])
def test_matches_torch_sgd(momentum, nesterov, n_steps):
    x0 = np.array([2.0, -1.5])
    got = run_optimizer(SGD(0.1, momentum, nesterov), quad_grad, x0, n_steps)
    want = torch_path(x0, n_steps, 0.1, momentum, nesterov)
    assert got.shape == want.shape, f"trajectory should have shape {want.shape}, got {got.shape}"
    np.testing.assert_allclose(
        got, want, rtol=1e-10, atol=1e-12,
        err_msg=f"trajectory differs from torch.optim.SGD(momentum={momentum}, nesterov={nesterov})",
    )


def test_step_updates_in_place():
    x = np.zeros((2, 3))
    buffer = x.__array_interface__["data"][0]
    SGD(0.5).step(x, np.ones((2, 3)))
    assert x.__array_interface__["data"][0] == buffer, "update the parameter array in place"
    np.testing.assert_allclose(x, -0.5 * np.ones((2, 3)), err_msg="plain SGD: param -= lr * grad")
