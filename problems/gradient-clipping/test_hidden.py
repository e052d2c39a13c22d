import pytest
import torch

from solution import clip_grad_norm_, clip_grad_value_


def _pair(seed=0, scale=10.0, shapes=((4, 3), (3,), (2, 2, 2), (5,))):
    g = torch.Generator().manual_seed(seed)
    mine = [torch.zeros(s, dtype=torch.float64, requires_grad=True) for s in shapes]
    ref = [torch.zeros(s, dtype=torch.float64, requires_grad=True) for s in shapes]
    for p, q in zip(mine, ref):
        p.grad = torch.randn(p.shape, generator=g, dtype=torch.float64) * scale
        q.grad = p.grad.clone()
    return mine, ref


def _same(mine, ref, what):
    for i, (p, q) in enumerate(zip(mine, ref)):
        if q.grad is None:
            assert p.grad is None, f"{what}: parameter {i} had no grad and must keep None"
        else:
            torch.testing.assert_close(p.grad, q.grad, rtol=1e-6, atol=1e-9, msg=f"{what}: grad {i}")


@pytest.mark.parametrize("norm_type", [1.0, 2.0, 3.0, float("inf")])
def test_norm_types(norm_type):
    mine, ref = _pair(seed=1)
    got = clip_grad_norm_(mine, 2.0, norm_type=norm_type)
    want = torch.nn.utils.clip_grad_norm_(ref, 2.0, norm_type=norm_type)
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-9, msg=f"total {norm_type}-norm")
    _same(mine, ref, f"norm_type={norm_type}")


def test_clipping_is_global_not_per_parameter():
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    a.grad, b.grad = torch.tensor([3.0, 0.0]), torch.tensor([4.0])
    total = clip_grad_norm_([a, b], max_norm=4.5)
    assert abs(float(total) - 5.0) < 1e-6, f"global L2 norm of [3, 0] and [4] is 5, got {float(total)}"
    torch.testing.assert_close(a.grad, torch.tensor([2.7, 0.0]), rtol=1e-5, atol=1e-6,
                               msg="every grad is scaled by the same factor 4.5/5, even a grad whose own "
                                   "norm (3) is below max_norm")
    torch.testing.assert_close(b.grad, torch.tensor([3.6]), rtol=1e-5, atol=1e-6, msg="b scaled by 4.5/5")


def test_generator_single_tensor_and_none_grads():
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 2), torch.nn.Linear(2, 1))
    twin = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 2), torch.nn.Linear(2, 1))
    twin.load_state_dict(model.state_dict())
    g = torch.Generator().manual_seed(3)
    for i, (p, q) in enumerate(zip(model.parameters(), twin.parameters())):
        if i != 2:      # the second layer's weight gets no gradient
            p.grad = torch.randn(p.shape, generator=g) * 5
            q.grad = p.grad.clone()
    got = clip_grad_norm_(model.parameters(), 1.0)   # a generator: can be iterated only once
    want = torch.nn.utils.clip_grad_norm_(twin.parameters(), 1.0)
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-7,
                               msg="model.parameters() is a generator; grads that are None are skipped")
    _same(list(model.parameters()), list(twin.parameters()), "generator input")
    w = torch.zeros(3, requires_grad=True)
    w.grad = torch.tensor([0.0, 6.0, 8.0])
    got = clip_grad_norm_(w, 5.0)
    assert abs(float(got) - 10.0) < 1e-5, "a single tensor is accepted as `parameters`"
    torch.testing.assert_close(w.grad, torch.tensor([0.0, 3.0, 4.0]), rtol=1e-5, atol=1e-6, msg="single tensor")
    v = torch.zeros(3, requires_grad=True)
    empty = clip_grad_norm_([v], 1.0)
    assert float(empty) == 0.0 and v.grad is None, "no gradients at all: return tensor(0.) and leave grads None"


def test_zero_grads_stay_zero_and_grads_are_modified_in_place():
    mine, _ = _pair()
    for p in mine:
        p.grad.zero_()
    total = clip_grad_norm_(mine, 1.0)
    assert float(total) == 0.0, f"norm of zero grads is 0, got {total}"
    for i, p in enumerate(mine):
        assert torch.isfinite(p.grad).all() and (p.grad == 0).all(), f"grad {i} must stay 0 (no NaN from 0/0)"
    mine, _ = _pair()
    objs = [p.grad for p in mine]
    clip_grad_norm_(mine, 0.5)
    clip_grad_value_(mine, 0.01)
    assert all(p.grad is o for p, o in zip(mine, objs)), "modify the existing .grad tensors in place"


def test_error_if_nonfinite():
    mine, _ = _pair()
    mine[1].grad[0] = float("inf")
    before = [p.grad.clone() for p in mine]
    with pytest.raises(RuntimeError):
        clip_grad_norm_(mine, 1.0, error_if_nonfinite=True)
    for i, (p, b) in enumerate(zip(mine, before)):
        assert torch.equal(p.grad, b), f"grad {i} must be untouched when the error is raised"


def test_value_clipping_skips_none_and_accepts_generators():
    model = torch.nn.Linear(3, 2)
    model.weight.grad = torch.tensor([[5.0, -0.2, -7.0], [0.1, 1.5, -1.5]])
    clip_grad_value_(model.parameters(), 1.0)
    assert model.bias.grad is None, "a parameter without grad stays without grad"
    torch.testing.assert_close(model.weight.grad, torch.tensor([[1.0, -0.2, -1.0], [0.1, 1.0, -1.0]]),
                               msg="elements outside [-1, 1] are clamped, the rest unchanged")


def test_epsilon_in_the_clip_coefficient():
    a = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    a.grad = torch.tensor([6e-7, 8e-7], dtype=torch.float64)       # total norm 1e-6
    total = clip_grad_norm_([a], max_norm=1e-6)
    assert abs(float(total) - 1e-6) < 1e-12, f"the L2 norm of [6e-7, 8e-7] is 1e-6, got {float(total)}"
    torch.testing.assert_close(a.grad, torch.tensor([3e-7, 4e-7], dtype=torch.float64), rtol=1e-6, atol=0.0,
                               msg="clip_coef = min(1, max_norm / (total_norm + 1e-6)) = 1e-6 / 2e-6 = 0.5 "
                                   "here: keep the + 1e-6 in the denominator")


def test_gradients_under_max_norm_are_not_scaled_up():
    mine, ref = _pair(seed=4, scale=0.01)
    got = clip_grad_norm_(mine, 100.0)
    want = torch.nn.utils.clip_grad_norm_(ref, 100.0)
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-9, msg="total norm of small gradients")
    _same(mine, ref, "total norm far below max_norm: clip_coef is capped at 1, gradients stay as they are")


def test_value_clipping_accepts_a_single_tensor():
    w = torch.zeros(2, 3, requires_grad=True)
    w.grad = torch.tensor([[4.0, -0.5, -9.0], [0.25, 2.0, -2.0]])
    clip_grad_value_(w, 1.0)
    torch.testing.assert_close(w.grad, torch.tensor([[1.0, -0.5, -1.0], [0.25, 1.0, -1.0]]),
                               msg="a single tensor passed as `parameters` is one parameter: clamp its grad")


def test_error_if_nonfinite_catches_nan_too():
    mine, _ = _pair(seed=8)
    mine[2].grad[0, 1, 0] = float("nan")
    before = [p.grad.clone() for p in mine]
    with pytest.raises(RuntimeError):
        clip_grad_norm_(mine, 1.0, error_if_nonfinite=True)
    for i, (p, b) in enumerate(zip(mine, before)):
        torch.testing.assert_close(p.grad, b, rtol=0, atol=0, equal_nan=True,
                                   msg=f"a NaN total norm is non-finite: raise before touching grad {i}")
