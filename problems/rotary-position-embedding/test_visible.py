import math

import torch

from solution import apply_rope, rope_cos_sin


def _complex_reference(x, positions, base=10000.0):
    """RoPE as complex multiplication: z_i = x_i + j x_{i+d/2} times exp(j p theta_i)."""
    d = x.shape[-1]
    h = d // 2
    theta = base ** (-torch.arange(h, dtype=torch.float64) * 2 / d)
    ang = positions.double()[:, None] * theta[None, :]
    z = torch.complex(x[..., :h].double(), x[..., h:].double()) * torch.polar(torch.ones_like(ang), ang)
    return torch.cat([z.real, z.imag], dim=-1)


def test_cos_sin_tables():
    cos, sin = rope_cos_sin(d_head=8, max_len=6)
    assert tuple(cos.shape) == (6, 4) and tuple(sin.shape) == (6, 4), (
        f"tables should be (max_len, d_head // 2) = (6, 4), got {tuple(cos.shape)} and {tuple(sin.shape)}")
    assert cos.dtype == torch.float32 and sin.dtype == torch.float32, "tables should be float32"
    ang = 3 * 10000.0 ** (-2 * 1 / 8)            # position 3, pair 1
    assert abs(cos[3, 1].item() - math.cos(ang)) < 1e-6 and abs(sin[3, 1].item() - math.sin(ang)) < 1e-6, (
        f"entry [3, 1] should use angle 3 * 10000**(-2/8) = {ang:.6f}")
    torch.testing.assert_close(cos[0], torch.ones(4), msg="position 0 has angle 0: cos = 1")
    torch.testing.assert_close(sin[0], torch.zeros(4), msg="position 0 has angle 0: sin = 0")


def test_prompt_example_pairs_i_with_i_plus_half():
    cos, sin = rope_cos_sin(4, 8)
    x = torch.tensor([[[1.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]]])
    got = apply_rope(x, cos, sin)
    want = torch.tensor([[[1.0, 0.0, 0.0, 0.0], [math.cos(1.0), 0.0, math.sin(1.0), 0.0]]])
    torch.testing.assert_close(got, want, atol=1e-6, rtol=0, msg=(
        "feature 0 at position 1 must rotate into features 0 and 2 (half-split); the interleaved "
        "convention would put sin(1) on feature 1"))


def test_matches_complex_number_reference():
    torch.manual_seed(0)
    cos, sin = rope_cos_sin(8, 16)
    x = torch.randn(2, 3, 5, 8)                  # (B, heads, T, d_head)
    got = apply_rope(x, cos, sin)
    assert got.shape == x.shape and got.dtype == x.dtype, f"shape/dtype changed: {got.shape} {got.dtype}"
    want = _complex_reference(x, torch.arange(5)).float()
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5,
                               msg="differs from multiplying (x_i + j x_{i+d/2}) by exp(j p theta_i)")
