import torch
import torch.nn.functional as F

from solution import QATLinear, fake_quantize

# The first optimizer built in a process imports torch._dynamo (slow): do it at collection time.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def test_weight_gradient_is_straight_through_with_constant_scale():
    torch.manual_seed(2)
    layer = QATLinear(6, 4)
    x = torch.randn(8, 6)
    upstream = torch.randn(8, 4)
    (layer(x) * upstream).sum().backward()
    w = layer.weight.detach()
    wq = torch.fake_quantize_per_tensor_affine(w, float(w.abs().max()) / 127, 0, -127, 127)
    wq.requires_grad_(True)
    b = layer.bias.detach().clone().requires_grad_(True)
    (F.linear(x, wq, b) * upstream).sum().backward()
    assert layer.weight.grad is not None, "the weight got no gradient"
    torch.testing.assert_close(layer.weight.grad, wq.grad, rtol=1e-5, atol=1e-6,
                               msg=lambda m: "weight gradient should be the STE gradient with the "
                                             f"scale treated as a constant (detach it)\n{m}")
    torch.testing.assert_close(layer.bias.grad, b.grad, msg="bias gradient")


def test_generic_scale_agrees_with_torch_almost_everywhere():
    torch.manual_seed(3)
    x = torch.randn(2000) * 4
    scale, zp = 0.0371, 11
    y = fake_quantize(x, scale, zp)
    want = torch.fake_quantize_per_tensor_affine(x, scale, zp, -128, 127)
    off = (y - want).abs() > 1e-6
    assert off.float().mean() <= 0.005, f"{int(off.sum())} of 2000 values differ from torch"
    assert torch.all((y - want).abs()[off] <= scale * 1.0001), "differences must be at most one step"


def test_extreme_inputs_stay_finite_with_zero_gradient():
    x = torch.tensor([float("-inf"), -1e30, 3.0, 1e30, float("inf")], requires_grad=True)
    y = fake_quantize(x, 0.5, 0)
    assert torch.isfinite(y).all(), f"outputs must be finite, got {y.tolist()}"
    assert y.tolist() == [-64.0, -64.0, 3.0, 63.5, 63.5], f"got {y.tolist()}"
    y.sum().backward()
    assert x.grad.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0], f"got gradient {x.grad.tolist()}"


def test_int8_weight_and_short_qat_training():
    torch.manual_seed(4)
    layer = QATLinear(4, 2)
    q, scale = layer.int8_weight()
    assert q.dtype == torch.int8 and q.shape == (2, 4), "int8_weight returns an int8 (out, in) tensor"
    assert int(q.abs().max()) == 127, "the largest |weight| maps to +-127"
    w = layer.weight.detach()
    wq = torch.fake_quantize_per_tensor_affine(w, float(w.abs().max()) / 127, 0, -127, 127)
    torch.testing.assert_close(q.float() * scale, wq, msg="q * scale must equal the fake-quantized weight")

    x = torch.randn(64, 4)
    target = x @ torch.tensor([[1.0, -2.0], [0.5, 0.0], [0.0, 1.5], [-1.0, 0.25]]) + 0.3
    opt = torch.optim.SGD(layer.parameters(), lr=0.1)
    first = None
    for _ in range(60):
        opt.zero_grad()
        loss = F.mse_loss(layer(x), target)
        first = loss.item() if first is None else first
        loss.backward()
        opt.step()
    assert loss.item() < 0.05 * first, (
        f"QAT training should fit a linear target (loss {first:.3f} -> {loss.item():.3f})"
    )


def test_all_zero_weight_uses_the_minimum_scale():
    layer = QATLinear(3, 2)
    with torch.no_grad():
        layer.weight.zero_()
    x = torch.randn(4, 3)
    y = layer(x)
    assert torch.isfinite(y).all(), (
        "with an all-zero weight max|w| / 127 is 0: the scale must be at least 1e-8, not 0 "
        f"(dividing by it gives NaN); got {y.tolist()}")
    torch.testing.assert_close(y.detach(), layer.bias.detach().expand(4, 2), msg="a zero weight gives just the bias")
    q, scale = layer.int8_weight()
    assert scale >= 1e-8 and int(q.abs().max()) == 0, f"zero weight: q all 0 and scale >= 1e-8, got scale {scale}"


def test_half_way_values_round_to_even():
    x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5])
    got = fake_quantize(x, 1.0, 0).tolist()
    assert got == [0.0, 2.0, 2.0, 0.0, -2.0, -2.0, 4.0], (
        f"half-way values round to the even neighbour (torch.round), so 0.5 -> 0, 1.5 -> 2, "
        f"2.5 -> 2, -1.5 -> -2; got {got} (floor(v + 0.5) rounds half up)")


def test_ste_gradient_at_the_range_edges_with_a_zero_point():
    # points just inside and outside the half-step around qmin and qmax, for several zero points
    for scale, zp, qmin, qmax in [(0.5, 0, -128, 127), (0.25, 20, -128, 127), (0.1, 200, 0, 255)]:
        lo, hi = (qmin - zp) * scale, (qmax - zp) * scale
        offsets = torch.tensor([-0.7, -0.45, -0.2, 0.0, 0.2, 0.45, 0.7]) * scale
        x = torch.cat([lo + offsets, hi + offsets, torch.tensor([0.0, 3 * scale])])
        upstream = torch.linspace(0.5, 2.0, x.numel())
        xr = x.clone().requires_grad_(True)
        (torch.fake_quantize_per_tensor_affine(xr, scale, zp, qmin, qmax) * upstream).sum().backward()
        xi = x.clone().requires_grad_(True)
        y = fake_quantize(xi, scale, zp, qmin, qmax)
        (y * upstream).sum().backward()
        assert xi.grad is not None, "no gradient reached x"
        torch.testing.assert_close(xi.grad, xr.grad, msg=lambda m: (
            f"STE gradient near the ends of the range (scale={scale}, zero_point={zp}, "
            f"[{qmin}, {qmax}]): it passes wherever round(x / scale) + zero_point lies in "
            f"[qmin, qmax]\n{m}"))
