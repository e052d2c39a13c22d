import math

import pytest
import torch
from torch.overrides import TorchFunctionMode

from solution import apply_rope, rope_cos_sin


def _complex_reference(x, positions, base=10000.0):
    d = x.shape[-1]
    h = d // 2
    theta = base ** (-torch.arange(h, dtype=torch.float64) * 2 / d)
    ang = positions.double()[:, None] * theta[None, :]
    z = torch.complex(x[..., :h].double(), x[..., h:].double()) * torch.polar(torch.ones_like(ang), ang)
    return torch.cat([z.real, z.imag], dim=-1)


def test_norm_is_preserved_and_input_untouched():
    torch.manual_seed(1)
    cos, sin = rope_cos_sin(16, 64)
    x = torch.randn(3, 64, 16)
    before = x.clone()
    y = apply_rope(x, cos, sin)
    torch.testing.assert_close(x, before, msg="apply_rope must not modify its input")
    torch.testing.assert_close(y.norm(dim=-1), x.norm(dim=-1), atol=1e-4, rtol=1e-5,
                               msg="a rotation keeps every vector's length")


def test_dot_product_depends_only_on_relative_position():
    torch.manual_seed(2)
    d, L = 8, 12
    cos, sin = rope_cos_sin(d, L)
    q, k = torch.randn(d, dtype=torch.float64), torch.randn(d, dtype=torch.float64)
    rq = apply_rope(q.expand(L, d).clone(), cos, sin)    # q placed at every position 0..L-1
    rk = apply_rope(k.expand(L, d).clone(), cos, sin)
    assert rq.dtype == torch.float64, "output dtype must follow x (float64 here)"
    dots = rq @ rk.T                                      # dots[m, n] = <R_m q, R_n k>
    for offset in range(-L + 1, L):
        diag = torch.diagonal(dots, offset=-offset)       # entries with m - n = offset
        assert torch.allclose(diag, diag[0].expand_as(diag), atol=1e-5), (
            f"<R_m q, R_n k> changes along m - n = {offset}: it must depend on m - n only")
    assert not torch.allclose(dots[0, 0], dots[3, 0], atol=1e-3), "different offsets should give different scores"


def test_explicit_positions_match_the_full_sequence():
    torch.manual_seed(3)
    cos, sin = rope_cos_sin(6, 32, base=500.0)
    x = torch.randn(2, 10, 6)
    full = apply_rope(x, cos, sin)
    torch.testing.assert_close(full, _complex_reference(x, torch.arange(10), base=500.0).float(),
                               atol=1e-5, rtol=1e-5, msg="base=500 not used for theta")
    one = apply_rope(x[:, 7:8], cos, sin, positions=torch.tensor([7]))
    torch.testing.assert_close(one, full[:, 7:8], atol=1e-6, rtol=1e-6,
                               msg="a single token given positions=[7] must be rotated like position 7")
    some = apply_rope(x[:, :3], cos, sin, positions=torch.tensor([20, 21, 31]))
    torch.testing.assert_close(some, _complex_reference(x[:, :3], torch.tensor([20, 21, 31]), 500.0).float(),
                               atol=1e-5, rtol=1e-5, msg="explicit positions [20, 21, 31] ignored")


def test_odd_head_dim_rejected():
    with pytest.raises(ValueError):
        rope_cos_sin(7, 10)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_half_precision_input_keeps_its_dtype(dtype):
    torch.manual_seed(4)
    cos, sin = rope_cos_sin(8, 16)
    x = torch.randn(2, 6, 8).to(dtype)
    y = apply_rope(x, cos, sin)
    assert y.dtype == dtype, (
        f"the output must keep x's dtype ({dtype} in, {dtype} out), got {y.dtype}: cast cos and sin to x.dtype"
    )
    want = _complex_reference(x.float(), torch.arange(6)).float()
    torch.testing.assert_close(y.float(), want, atol=2e-2, rtol=2e-2, msg=f"rotation in {dtype}")


class _CountTorchCalls(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.calls += 1
        return func(*args, **(kwargs or {}))


def test_no_python_loop_over_positions():
    cos, sin = rope_cos_sin(8, 64)
    counts = {}
    for T in (4, 32):
        x = torch.randn(2, T, 8)
        with _CountTorchCalls() as counter:
            apply_rope(x, cos, sin)
        counts[T] = counter.calls
    assert counts[32] <= counts[4] + 5, (
        f"apply_rope made {counts[4]} torch calls for T=4 but {counts[32]} for T=32: "
        "rotate every position at once with broadcasting, no Python loop over positions or pairs"
    )


def test_tables_are_float32_with_the_stated_angles():
    cos, sin = rope_cos_sin(10, 40, base=100.0)
    assert cos.dtype == torch.float32 and sin.dtype == torch.float32, (
        f"rope_cos_sin must return float32 tables, got {cos.dtype} and {sin.dtype}")
    assert tuple(cos.shape) == (40, 5) and tuple(sin.shape) == (40, 5), (
        f"tables should be (max_len, d_head // 2) = (40, 5), got {tuple(cos.shape)}")
    ang = 37 * 100.0 ** (-2 * 4 / 10)              # position 37, pair 4
    assert abs(cos[37, 4].item() - math.cos(ang)) < 1e-6 and abs(sin[37, 4].item() - math.sin(ang)) < 1e-6, (
        f"entry [37, 4] with base=100 should use the angle 37 * 100**(-8/10) = {ang:.6f}")
