import torch
import torch.nn.functional as F

from solution import QATLinear, fake_quantize


def reference(x, scale, zp, qmin, qmax, upstream):
    x = x.detach().clone().requires_grad_(True)
    y = torch.fake_quantize_per_tensor_affine(x, scale, zp, qmin, qmax)
    (y * upstream).sum().backward()
    return y.detach(), x.grad


def test_example_from_prompt():
    x = torch.tensor([-40.0, -0.3, 0.1, 0.125, 0.375, 40.0], requires_grad=True)
    y = fake_quantize(x, scale=0.25, zero_point=0)
    assert y.dtype == torch.float32 and y.shape == x.shape, "keep the input's shape and dtype"
    assert y.tolist() == [-32.0, -0.25, 0.0, 0.0, 0.5, 31.75], f"forward gave {y.tolist()}"
    y.sum().backward()
    assert x.grad is not None, "no gradient reached x: rounding needs a straight-through backward"
    assert x.grad.tolist() == [0.0, 1.0, 1.0, 1.0, 1.0, 0.0], (
        f"gradient should be 1 inside the range and 0 where clamped, got {x.grad.tolist()}"
    )


def test_matches_torch_fake_quantize_forward_and_gradient():
    x = torch.linspace(-20, 20, 641)  # steps of 1/16: hits every half-way point of scale 0.125
    upstream = torch.randn(641, generator=torch.Generator().manual_seed(0))
    for scale, zp, qmin, qmax in [(0.125, 0, -128, 127), (0.0625, 37, -128, 127), (0.25, 100, 0, 255)]:
        want_y, want_g = reference(x, scale, zp, qmin, qmax, upstream)
        xi = x.clone().requires_grad_(True)
        y = fake_quantize(xi, scale, zp, qmin, qmax)
        assert torch.equal(y.detach(), want_y), (
            f"forward differs from torch.fake_quantize_per_tensor_affine for scale={scale}, zp={zp}, "
            f"range [{qmin}, {qmax}]"
        )
        (y * upstream).sum().backward()
        assert torch.equal(xi.grad, want_g), (
            f"gradient differs from torch's STE for scale={scale}, zp={zp}, range [{qmin}, {qmax}]"
        )


def test_qat_linear_forward():
    torch.manual_seed(1)
    layer = QATLinear(5, 3)
    assert layer.weight.shape == (3, 5) and layer.bias.shape == (3,), "weight (out, in), bias (out,)"
    x = torch.randn(4, 5)
    w = layer.weight.detach()
    want = F.linear(x, torch.fake_quantize_per_tensor_affine(w, float(w.abs().max()) / 127, 0,
                                                             -127, 127), layer.bias.detach())
    torch.testing.assert_close(layer(x).detach(), want, rtol=1e-6, atol=1e-6,
                               msg=lambda m: f"QATLinear output differs from the spec\n{m}")
