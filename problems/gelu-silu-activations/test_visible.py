import torch
import torch.nn.functional as F

from _guard import no_shortcuts
from solution import gelu, gelu_grad, silu, silu_grad


def _grid():
    return torch.linspace(-6, 6, 49, dtype=torch.float64)


def test_exact_gelu_forward_matches_torch():
    x = _grid()
    want = F.gelu(x, approximate="none")
    with no_shortcuts():
        got = gelu(x)
    assert got.shape == x.shape and got.dtype == torch.float64, f"got {got.shape} {got.dtype}"
    torch.testing.assert_close(got, want, rtol=1e-7, atol=1e-12,
                               msg="gelu(x, 'none') must equal x * Phi(x) with the erf-based CDF")


def test_tanh_gelu_forward_matches_torch():
    x = _grid()
    want = F.gelu(x, approximate="tanh")
    with no_shortcuts():
        got = gelu(x, approximate="tanh")
    torch.testing.assert_close(got, want, rtol=1e-7, atol=1e-12,
                               msg="gelu(x, 'tanh') must use 0.5 x (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3)))")


def test_silu_and_its_derivative_at_a_few_points():
    x = torch.tensor([-2.0, 0.0, 1.0], dtype=torch.float64)
    s = torch.sigmoid(x)
    with no_shortcuts():
        y, g = silu(x), silu_grad(x)
    torch.testing.assert_close(y, x * s, msg="silu(x) = x * sigmoid(x)")
    torch.testing.assert_close(g, torch.tensor([s[0] * (1 + -2.0 * (1 - s[0])), 0.5, s[2] * (2 - s[2])],
                                               dtype=torch.float64),
                               msg="silu'(x) = s + x s (1 - s); silu'(0) = 0.5")
