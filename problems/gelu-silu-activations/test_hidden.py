import pytest
import torch
import torch.nn.functional as F

from _guard import no_shortcuts
from solution import gelu, gelu_grad, silu, silu_grad


def _autograd(fn, x):
    t = x.detach().clone().requires_grad_(True)
    fn(t).sum().backward()
    return t.grad


def _points():
    torch.manual_seed(0)
    return torch.cat([torch.randn(60, dtype=torch.float64) * 3,
                      torch.tensor([0.0, -0.75, 1.4, -3.0, 8.0], dtype=torch.float64)]).reshape(5, 13)


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu_derivative_matches_autograd(approximate):
    x = _points()
    want = _autograd(lambda t: F.gelu(t, approximate=approximate), x)
    with no_shortcuts():
        got = gelu_grad(x, approximate=approximate)
    assert got.shape == x.shape, f"gelu_grad shape {got.shape}, expected {x.shape}"
    torch.testing.assert_close(got, want, rtol=1e-7, atol=1e-12,
                               msg=f"gelu_grad(x, {approximate!r}) differs from autograd; "
                                   "remember the product rule (and, for 'tanh', the inner cubic)")


def test_silu_matches_torch_and_autograd():
    x = _points()
    want_y, want_g = F.silu(x), _autograd(F.silu, x)
    with no_shortcuts():
        y, g = silu(x), silu_grad(x)
    torch.testing.assert_close(y, want_y, rtol=1e-7, atol=1e-12, msg="silu forward differs from F.silu")
    torch.testing.assert_close(g, want_g, rtol=1e-7, atol=1e-12, msg="silu_grad differs from autograd")


def test_exact_and_tanh_forms_are_not_interchangeable():
    x = torch.tensor([-2.0, -1.0, 1.0, 2.0], dtype=torch.float64)
    with no_shortcuts():
        exact, approx = gelu(x), gelu(x, approximate="tanh")
        ge, ga = gelu_grad(x), gelu_grad(x, approximate="tanh")
    assert (exact - approx).abs().max() > 1e-5, "'none' and 'tanh' should give slightly different values"
    torch.testing.assert_close(ge, _autograd(lambda t: F.gelu(t), x), rtol=1e-7, atol=1e-12,
                               msg="gelu_grad default must be the exact (erf) derivative")
    torch.testing.assert_close(ga, _autograd(lambda t: F.gelu(t, approximate="tanh"), x), rtol=1e-7,
                               atol=1e-12, msg="gelu_grad 'tanh' must differentiate the tanh form")


@pytest.mark.parametrize("dtype,big", [(torch.float32, 100.0), (torch.float64, 1000.0)])
def test_extreme_inputs_are_finite_and_dtype_is_kept(dtype, big):
    x = torch.tensor([[-big, -30.0, 0.0], [30.0, big, 1e-3]], dtype=dtype)
    torch_gelu, torch_silu = F.gelu, F.silu
    outs = {}
    with no_shortcuts():
        for a in ("none", "tanh"):
            outs[f"gelu {a}"] = (gelu(x, a), gelu_grad(x, a),
                                 lambda t, a=a: torch_gelu(t, approximate=a))
        outs["silu"] = (silu(x), silu_grad(x), torch_silu)
    tol = dict(rtol=1e-5, atol=1e-6) if dtype == torch.float32 else dict(rtol=1e-7, atol=1e-12)
    for name, (y, g, ref) in outs.items():
        for what, arr in (("forward", y), ("grad", g)):
            assert arr.dtype == dtype, f"{name} {what}: {dtype} in must give {dtype} out, got {arr.dtype}"
            assert torch.isfinite(arr).all(), f"{name} {what}: inf/nan for |x| up to {big} in {dtype}"
        torch.testing.assert_close(y, ref(x), **tol, msg=f"{name}: wrong value at extreme inputs")
        torch.testing.assert_close(g, _autograd(ref, x), **tol, msg=f"{name}: wrong derivative at extremes")


def test_unknown_approximation_is_rejected():
    x = torch.zeros(2)
    for bad in ("erf", "Tanh", None):
        with pytest.raises(ValueError):
            gelu(x, approximate=bad)
            pytest.fail(f"gelu(x, approximate={bad!r}) must raise ValueError: only 'none' and 'tanh' exist")
        with pytest.raises(ValueError):
            gelu_grad(x, approximate=bad)
            pytest.fail(f"gelu_grad(x, approximate={bad!r}) must raise ValueError")


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_forward_values_in_the_curved_region(dtype):
    torch.manual_seed(1)
    x = torch.cat([torch.randn(40, dtype=torch.float64) * 2,
                   torch.tensor([-2.5, -1.3, -0.4, 0.6, 1.7, 3.2], dtype=torch.float64)]).to(dtype)
    tol = dict(rtol=1e-5, atol=1e-6) if dtype == torch.float32 else dict(rtol=1e-7, atol=1e-12)
    with no_shortcuts():
        got = {a: gelu(x, approximate=a) for a in ("none", "tanh")}
        got_silu = silu(x)
    for a, y in got.items():
        assert y.dtype == dtype and y.shape == x.shape, f"gelu {a!r}: got {y.shape} {y.dtype}"
        torch.testing.assert_close(y, F.gelu(x, approximate=a), **tol, msg=(
            f"gelu(x, {a!r}) differs from torch for |x| of a few units ({dtype}); check the formula "
            "term by term (for 'tanh', sqrt(2/pi) multiplies the whole x + 0.044715 x^3)"))
    torch.testing.assert_close(got_silu, F.silu(x), **tol, msg=f"silu differs from F.silu ({dtype})")
