"""Test helper: drive two optimizers with identical parameters and gradients."""
import torch

SHAPES = [(3, 4), (5,), (2, 2, 2), (4,)]


def _warm_up():
    # torch.optim's first step imports torch._dynamo (seconds); pay that at import time, not
    # inside the first test's time limit.
    w = torch.zeros(1, requires_grad=True)
    w.grad = torch.ones(1)
    torch.optim.SGD([w], lr=0.1).step()


_warm_up()


def initial_params(seed=0):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(s, generator=g, dtype=torch.float64) for s in SHAPES]


def make_groups(params, groups):
    """groups: list of (indices, kwargs) -> torch param-group dicts."""
    return [dict(params=[params[i] for i in idx], **kw) for idx, kw in groups]


def run(factory, groups, steps, seed=0, none_until=None, grad_scale=None):
    """Run `steps` steps; returns the list of parameter snapshots after each step.

    none_until: {param index: first step at which it gets a gradient} (grad is None before).
    grad_scale: {param index: factor applied to its gradients}.
    """
    none_until = none_until or {}
    grad_scale = grad_scale or {}
    params = [p.clone().requires_grad_(True) for p in initial_params(seed)]
    opt = factory(make_groups(params, groups))
    gen = torch.Generator().manual_seed(seed + 100)
    history = []
    for t in range(steps):
        for i, p in enumerate(params):
            g = torch.randn(p.shape, generator=gen, dtype=torch.float64) * grad_scale.get(i, 1.0)
            p.grad = None if t < none_until.get(i, 0) else g
        opt.step()
        history.append([p.detach().clone() for p in params])
    return history


def assert_same_trajectory(mine, ref, what, rtol=1e-10, atol=1e-12):
    for t, (a, b) in enumerate(zip(mine, ref)):
        for i, (x, y) in enumerate(zip(a, b)):
            torch.testing.assert_close(
                x, y, rtol=rtol, atol=atol,
                msg=lambda m, t=t, i=i: f"{what}: parameter {i} differs from torch after step {t + 1}\n{m}")
