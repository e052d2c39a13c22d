import pytest
import torch
import torch.nn.functional as F

from solution import GeluMLP, SwiGLUMLP, swiglu_hidden_dim


def _count(m):
    return sum(p.numel() for p in m.parameters())


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu_mlp_matches_reference(approximate):
    torch.manual_seed(1)
    m = GeluMLP(8, approximate=approximate)
    assert tuple(m.fc_in.weight.shape) == (32, 8), "default hidden width is 4 * d_model = 32"
    x = torch.randn(3, 4, 8)
    want = m.fc_out(F.gelu(m.fc_in(x), approximate=approximate))
    torch.testing.assert_close(m(x), want, atol=1e-5, rtol=1e-4,
                               msg=f"GELU MLP with approximate={approximate!r} differs from the reference")


def test_tanh_and_exact_gelu_differ():
    torch.manual_seed(2)
    a = GeluMLP(8, approximate="none")
    b = GeluMLP(8, approximate="tanh")
    b.load_state_dict(a.state_dict())
    x = 3 * torch.randn(4, 8)
    assert not torch.allclose(a(x), b(x), atol=1e-6, rtol=0), "approximate='tanh' must change the activation"


def test_bias_switch_and_counts():
    d = 10
    ge, sw = GeluMLP(d), SwiGLUMLP(d, bias=True)
    assert _count(ge) == 2 * d * 4 * d + 4 * d + d, f"GELU MLP with bias: {2*d*4*d + 5*d} parameters, got {_count(ge)}"
    h = swiglu_hidden_dim(d)                     # 26
    assert _count(sw) == 3 * d * h + 2 * h + d, f"SwiGLU with bias: 3dh + 2h + d = {3*d*h + 2*h + d}, got {_count(sw)}"
    names = {n for n, _ in SwiGLUMLP(d).named_parameters()}
    assert names == {"w_gate.weight", "w_up.weight", "w_down.weight"}, f"SwiGLU default is bias=False; got {sorted(names)}"


def test_swiglu_with_bias_matches_reference():
    torch.manual_seed(3)
    m = SwiGLUMLP(6, hidden=9, bias=True)
    x = torch.randn(7, 6)
    want = m.w_down(F.silu(m.w_gate(x)) * m.w_up(x))
    torch.testing.assert_close(m(x), want, atol=1e-5, rtol=1e-4, msg="SwiGLU with bias differs")


def test_hidden_dim_rounding_edges():
    cases = {(3, 1): 8, (3, 8): 8, (1, 1): 2, (64, 1): 170, (64, 64): 192, (96, 256): 256, (4096, 256): 11008}
    for (d, m), want in cases.items():
        got = swiglu_hidden_dim(d, multiple_of=m)
        assert got == want, f"swiglu_hidden_dim({d}, multiple_of={m}) should be {want}, got {got}"


def test_gelu_mlp_honours_an_explicit_hidden_width():
    torch.manual_seed(4)
    m = GeluMLP(6, hidden=10, bias=False)
    assert tuple(m.fc_in.weight.shape) == (10, 6) and tuple(m.fc_out.weight.shape) == (6, 10), (
        f"GeluMLP(6, hidden=10) needs fc_in (10, 6) and fc_out (6, 10), got {tuple(m.fc_in.weight.shape)} "
        f"and {tuple(m.fc_out.weight.shape)}: 4 * d_model is only the default")
    assert _count(m) == 2 * 6 * 10, f"2 * 6 * 10 = 120 parameters without bias, got {_count(m)}"
    x = torch.randn(2, 5, 6)
    torch.testing.assert_close(m(x), m.fc_out(F.gelu(m.fc_in(x))), atol=1e-5, rtol=1e-4,
                               msg="GeluMLP with hidden=10 differs from the reference")
