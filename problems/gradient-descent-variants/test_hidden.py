import numpy as np
import pytest
import torch
from torch.optim.sgd import sgd as torch_functional_sgd

from solution import SGD, run_optimizer


def torch_sgd_step(p, g, buf, lr, momentum, nesterov=False):
    """One step of torch.optim.SGD, through the function its .step() calls (the class imports
    torch._dynamo on first use, which costs seconds)."""
    torch_functional_sgd([p], [g], buf, lr=lr, momentum=momentum, dampening=0.0, weight_decay=0.0,
                                 nesterov=nesterov, maximize=False, foreach=False)


def test_grad_is_not_modified_and_not_aliased():
    g = np.array([1.0, -1.0, 2.0])
    x = np.zeros(3)
    opt = SGD(0.1, momentum=0.5, nesterov=True)
    for _ in range(4):
        opt.step(x, g)
    np.testing.assert_array_equal(g, [1.0, -1.0, 2.0], err_msg="step changed the caller's grad array")
    p, buf = torch.zeros(3, dtype=torch.float64), [None]
    for _ in range(4):
        torch_sgd_step(p, torch.tensor(g), buf, 0.1, 0.5, nesterov=True)
    np.testing.assert_allclose(x, p.numpy(), rtol=1e-12,
                               err_msg="with the same grad array passed every step the result must match torch: "
                                       "is your buffer the grad array itself?")


def test_matrix_parameter_matches_torch():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, 4))
    grads = rng.normal(size=(6, 3, 4))
    p, buf = torch.tensor(x.copy()), [None]
    opt = SGD(0.05, momentum=0.8)
    for g in grads:
        opt.step(x, g)
        torch_sgd_step(p, torch.tensor(g), buf, 0.05, 0.8)
    np.testing.assert_allclose(x, p.numpy(), rtol=1e-12, err_msg="2-D parameter with momentum 0.8")


def test_instances_do_not_share_state():
    a, b = SGD(0.1, momentum=0.9), SGD(0.1, momentum=0.9)
    xa, xb = np.zeros(2), np.zeros(2)
    a.step(xa, np.array([10.0, 10.0]))
    b.step(xb, np.array([1.0, 1.0]))
    np.testing.assert_allclose(xb, [-0.1, -0.1], err_msg="a fresh optimizer's first step must ignore other instances")


def test_run_optimizer_contract():
    x0 = np.array([1, 2])
    path = run_optimizer(SGD(0.25), lambda x: 2 * x, x0, 3)
    assert path.shape == (4, 2), f"3 steps give 4 rows, got {path.shape}"
    np.testing.assert_array_equal(x0, [1, 2], err_msg="x0 must not be modified")
    np.testing.assert_allclose(path[:, 0], [1.0, 0.5, 0.25, 0.125], err_msg="x <- x - 0.25 * 2x halves x each step")
    assert path.dtype == np.float64, "an integer x0 must be copied as float64"


def test_a_float_x0_is_not_modified_either():
    x0 = np.array([1.0, 2.0])
    path = run_optimizer(SGD(0.25), lambda x: 2 * x, x0, 3)
    np.testing.assert_array_equal(x0, [1.0, 2.0], err_msg="x0 must not be modified: step on a copy of it")
    np.testing.assert_allclose(path[0], [1.0, 2.0], err_msg="the first row of the path is x0 itself")


def test_momentum_beats_plain_descent_on_ill_conditioned_quadratic():
    scales = np.array([1.0, 100.0])
    grad = lambda x: scales * x  # noqa: E731
    f = lambda x: 0.5 * np.sum(scales * x * x)  # noqa: E731
    x0 = np.array([1.0, 1.0])
    plain = run_optimizer(SGD(0.01), grad, x0, 100)[-1]
    heavy = run_optimizer(SGD(0.01, momentum=0.8), grad, x0, 100)[-1]
    nest = run_optimizer(SGD(0.01, momentum=0.8, nesterov=True), grad, x0, 100)[-1]
    assert f(heavy) < 1e-3 * f(plain) and f(nest) < 1e-3 * f(plain), (
        f"with condition number 100, momentum should be far ahead after 100 steps: "
        f"plain {f(plain):.2e}, momentum {f(heavy):.2e}, nesterov {f(nest):.2e}"
    )


@pytest.mark.parametrize("kwargs", [dict(lr=0.0), dict(lr=-1.0), dict(lr=0.1, momentum=1.0),
                                    dict(lr=0.1, momentum=-0.1), dict(lr=0.1, nesterov=True)])
def test_invalid_settings(kwargs):
    with pytest.raises(ValueError):
        SGD(**kwargs)


def test_run_optimizer_leaves_a_float64_x0_alone():
    x0 = np.array([1.5, -2.0])
    path = run_optimizer(SGD(0.1, momentum=0.5), lambda x: 2 * x, x0, 4)
    np.testing.assert_array_equal(x0, [1.5, -2.0], err_msg=(
        "x0 must not be modified: copy it (np.asarray does not copy an array that is already float64)"))
    assert not np.shares_memory(path, x0), "the trajectory must not share memory with x0"
    np.testing.assert_allclose(path[0], [1.5, -2.0], err_msg="row 0 of the trajectory is x0")


def test_plain_descent_does_not_modify_grad():
    g = np.array([1.0, -2.0, 0.5])
    x = np.zeros(3)
    opt = SGD(0.1)
    opt.step(x, g)
    opt.step(x, g)
    np.testing.assert_array_equal(g, [1.0, -2.0, 0.5], err_msg="plain SGD (momentum 0) changed the caller's grad array")
    np.testing.assert_allclose(x, [-0.2, 0.4, -0.1], rtol=1e-12, err_msg="two plain steps of lr 0.1 with the same grad")
