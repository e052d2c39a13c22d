import torch
import torch.nn.functional as F

from solution import GeluMLP, SwiGLUMLP, swiglu_hidden_dim


def _count(m):
    return sum(p.numel() for p in m.parameters())


def test_swiglu_hidden_dim_examples():
    got = (swiglu_hidden_dim(48), swiglu_hidden_dim(50), swiglu_hidden_dim(50, multiple_of=32))
    assert got == (128, 133, 160), (
        f"expected (128, 133, 160): floor(8d/3), then round UP to the multiple; got {got}")


def test_swiglu_matches_reference_and_shape():
    torch.manual_seed(0)
    m = SwiGLUMLP(12, hidden=20)
    x = torch.randn(2, 5, 12)
    want = F.linear(F.silu(F.linear(x, m.w_gate.weight)) * F.linear(x, m.w_up.weight), m.w_down.weight)
    got = m(x)
    assert got.shape == x.shape, f"output shape should equal the input's {tuple(x.shape)}, got {tuple(got.shape)}"
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "SwiGLU output differs from w_down(silu(w_gate x) * w_up x): only the gate goes through SiLU"))


def test_parameter_counts_match_at_eight_d_squared():
    d = 48
    sw, ge = _count(SwiGLUMLP(d)), _count(GeluMLP(d, bias=False))
    assert ge == 8 * d * d, f"GELU MLP without bias has 2 * d * 4d = {8 * d * d} parameters, got {ge}"
    assert sw == 8 * d * d, (
        f"SwiGLU with the default hidden width 8d/3 = 128 should have 3 * 48 * 128 = {8 * d * d} parameters, got {sw}")
