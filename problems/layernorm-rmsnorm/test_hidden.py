import pytest
import torch
from torch import nn

from _guard import no_shortcuts
from solution import LayerNorm, RMSNorm


def _pair(kind, dim, eps, affine=True):
    with no_shortcuts():
        mine = (LayerNorm if kind == "ln" else RMSNorm)(dim, eps=eps, elementwise_affine=affine)
    ref = (nn.LayerNorm if kind == "ln" else nn.RMSNorm)(dim, eps=eps, elementwise_affine=affine)
    g = torch.Generator().manual_seed(7)
    with torch.no_grad():
        for p, q in zip(mine.parameters(), ref.parameters()):
            q.copy_(torch.randn(q.shape, generator=g))
            p.copy_(q)
    return mine, ref


@pytest.mark.parametrize("kind", ["ln", "rms"])
def test_eps_goes_inside_the_square_root(kind):
    torch.manual_seed(2)
    x = 1e-2 * torch.randn(3, 4)            # mean square ~1e-4, comparable to eps
    mine, ref = _pair(kind, 4, eps=1e-3)
    with no_shortcuts():
        got = mine(x)
    torch.testing.assert_close(got, ref(x), atol=1e-5, rtol=1e-5, msg=(
        f"{kind}: with tiny inputs eps matters; use 1/sqrt(stat + eps) with the eps you were given "
        "(LayerNorm: biased variance over the last axis)"))


def test_offset_inputs_constant_rows_and_zeros_stay_finite():
    torch.manual_seed(3)
    x = torch.cat([1e4 + torch.randn(3, 32),         # large mean, unit noise
                   torch.full((1, 32), 1e4),          # constant row
                   torch.zeros(1, 32),                # all zeros
                   1e4 * torch.randn(1, 32)])         # large scale
    for kind in ("ln", "rms"):
        mine, ref = _pair(kind, 32, eps=1e-5)
        with no_shortcuts():
            got = mine(x)
        assert torch.isfinite(got).all(), f"{kind}: NaN/inf for large, constant or zero rows"
        torch.testing.assert_close(got, ref(x), atol=2e-3, rtol=1e-3, msg=(
            f"{kind}: inaccurate for inputs around 1e4; mean(x^2) - mean(x)^2 cancels in float32, "
            "subtract the mean first"))
    ln, _ = _pair("ln", 32, eps=1e-5)
    with no_shortcuts():
        torch.testing.assert_close(ln(x[3:4]), ln.bias.detach()[None].expand(1, 32),
                                   msg="a constant row normalises to 0, so LayerNorm returns its bias")


@pytest.mark.parametrize("kind", ["ln", "rms"])
def test_gradients_match_torch(kind):
    torch.manual_seed(4)
    x = torch.randn(2, 5, 6, requires_grad=True)
    w = torch.randn(2, 5, 6)
    mine, ref = _pair(kind, 6, eps=1e-5)
    with no_shortcuts():
        (mine(x) * w).sum().backward()
    gx = x.grad.clone()
    x.grad = None
    (ref(x) * w).sum().backward()
    torch.testing.assert_close(gx, x.grad, atol=1e-5, rtol=1e-4, msg=f"{kind}: input gradient differs")
    for (n, p), q in zip(mine.named_parameters(), ref.parameters()):
        torch.testing.assert_close(p.grad, q.grad, atol=1e-5, rtol=1e-4, msg=f"{kind}: gradient of {n} differs")


def test_float64_and_no_affine():
    x = torch.randn(3, 7, dtype=torch.float64)
    for kind in ("ln", "rms"):
        mine, ref = _pair(kind, 7, eps=1e-5, affine=False)
        with no_shortcuts():
            got = mine(x)
        assert got.dtype == torch.float64, f"{kind}: float64 input must give float64 output, got {got.dtype}"
        torch.testing.assert_close(got, ref(x), msg=f"{kind} without affine differs in float64")


@pytest.mark.parametrize("kind", ["ln", "rms"])
def test_half_precision_keeps_its_dtype(kind):
    torch.manual_seed(5)
    x = torch.randn(4, 16).to(torch.bfloat16)
    mine, ref = _pair(kind, 16, eps=1e-5)
    mine, ref = mine.to(torch.bfloat16), ref.to(torch.bfloat16)
    with no_shortcuts():
        got = mine(x)
    assert got.dtype == torch.bfloat16, (
        f"{kind}: a bfloat16 module on bfloat16 input must return bfloat16, got {got.dtype} (if you compute "
        "in float32 for accuracy, cast the result back to x's dtype)")
    torch.testing.assert_close(got.float(), ref(x).float(), atol=0.1, rtol=0.05, msg=f"{kind} in bfloat16")


def test_default_eps_values():
    torch.manual_seed(6)
    x = 1e-3 * torch.randn(3, 8)                # mean square ~1e-6: the default eps matters
    with no_shortcuts():
        ln, rms = LayerNorm(8), RMSNorm(8)
        got_ln, got_rms = ln(x), rms(x)
    torch.testing.assert_close(got_ln, nn.LayerNorm(8)(x), atol=1e-5, rtol=1e-5,
                               msg="LayerNorm's default eps is 1e-5")
    torch.testing.assert_close(got_rms, nn.RMSNorm(8, eps=1e-6)(x), atol=1e-5, rtol=1e-5,
                               msg="RMSNorm's default eps is 1e-6")


def test_layernorm_bias_false_keeps_only_the_weight():
    torch.manual_seed(7)
    with no_shortcuts():
        mine = LayerNorm(6, bias=False)
    names = [n for n, _ in mine.named_parameters()]
    assert names == ["weight"], f"LayerNorm(dim, bias=False) owns only `weight`, got parameters {names}"
    ref = nn.LayerNorm(6, bias=False)
    with torch.no_grad():
        ref.weight.copy_(torch.randn(6))
        mine.weight.copy_(ref.weight)
    x = torch.randn(3, 6)
    with no_shortcuts():
        got = mine(x)
    torch.testing.assert_close(got, ref(x), atol=1e-5, rtol=1e-5, msg="LayerNorm with bias=False differs")


def test_no_affine_means_no_parameters_for_either_module():
    with no_shortcuts():
        mods = {"LayerNorm": LayerNorm(5, elementwise_affine=False), "RMSNorm": RMSNorm(5, elementwise_affine=False)}
    for name, mod in mods.items():
        params = [n for n, _ in mod.named_parameters()]
        assert params == [], f"{name}(dim, elementwise_affine=False) must own no parameters, got {params}"
