import torch

from solution import clip_grad_norm_, clip_grad_value_


def _pair(seed=0, scale=10.0):
    g = torch.Generator().manual_seed(seed)
    shapes = [(4, 3), (3,), (2, 2, 2)]
    mine = [torch.zeros(s, dtype=torch.float64, requires_grad=True) for s in shapes]
    ref = [torch.zeros(s, dtype=torch.float64, requires_grad=True) for s in shapes]
    for p, q in zip(mine, ref):
        p.grad = torch.randn(p.shape, generator=g, dtype=torch.float64) * scale
        q.grad = p.grad.clone()
    return mine, ref


def test_l2_clipping_matches_torch():
    mine, ref = _pair()
    got = clip_grad_norm_(mine, max_norm=1.0)
    want = torch.nn.utils.clip_grad_norm_(ref, max_norm=1.0)
    assert isinstance(got, torch.Tensor) and got.dim() == 0, "return the total norm as a 0-dim tensor"
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-9, msg="returned norm (before clipping)")
    for i, (p, q) in enumerate(zip(mine, ref)):
        torch.testing.assert_close(p.grad, q.grad, rtol=1e-6, atol=1e-9, msg=f"clipped grad of parameter {i}")


def test_small_gradients_are_left_alone():
    mine, _ = _pair(scale=0.01)
    before = [p.grad.clone() for p in mine]
    total = clip_grad_norm_(mine, max_norm=5.0)
    assert float(total) < 5.0
    for i, (p, b) in enumerate(zip(mine, before)):
        torch.testing.assert_close(p.grad, b, msg=f"norm {float(total):.3g} < max_norm: grad {i} must not change")


def test_clip_by_value():
    mine, ref = _pair()
    clip_grad_value_(mine, 2.5)
    torch.nn.utils.clip_grad_value_(ref, 2.5)
    for i, (p, q) in enumerate(zip(mine, ref)):
        torch.testing.assert_close(p.grad, q.grad, msg=f"grad {i} must be clamped into [-2.5, 2.5]")
