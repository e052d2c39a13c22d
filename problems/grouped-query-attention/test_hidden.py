import pytest
import torch
import torch.nn.functional as F

from _guard import no_shortcuts
from solution import GroupedQueryAttention


def _reference(m, x, n_heads, n_kv):
    B, T, C = x.shape
    d = C // n_heads
    q = m.q_proj(x).view(B, T, n_heads, d).transpose(1, 2)
    k = m.k_proj(x).view(B, T, n_kv, d).transpose(1, 2).repeat_interleave(n_heads // n_kv, dim=1)
    v = m.v_proj(x).view(B, T, n_kv, d).transpose(1, 2).repeat_interleave(n_heads // n_kv, dim=1)
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return m.out_proj(y.transpose(1, 2).reshape(B, T, C))


@pytest.mark.parametrize("n_heads,n_kv", [(6, 1), (6, 2), (6, 3), (4, 2)])
def test_group_sizes_including_multi_query(n_heads, n_kv):
    torch.manual_seed(2)
    m = GroupedQueryAttention(24, n_heads, n_kv, bias=True)
    x = torch.randn(2, 7, 24)
    want = _reference(m, x, n_heads, n_kv)
    with no_shortcuts():
        got = m(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4,
                               msg=f"n_heads={n_heads}, n_kv_heads={n_kv}: output differs from the grouped reference")


def test_gradients_match_reference():
    torch.manual_seed(3)
    m = GroupedQueryAttention(16, 4, 2)
    x = torch.randn(2, 5, 16)
    w = torch.randn(2, 5, 16)
    with no_shortcuts():
        (m(x) * w).sum().backward()
    got = {n: p.grad.clone() for n, p in m.named_parameters()}
    m.zero_grad()
    (_reference(m, x, 4, 2) * w).sum().backward()
    for n, p in m.named_parameters():
        torch.testing.assert_close(got[n], p.grad, atol=1e-4, rtol=1e-4, msg=(
            f"gradient of {n} differs: each kv head must collect gradient from every query head of its group"))


def test_causal():
    torch.manual_seed(4)
    m = GroupedQueryAttention(16, 4, 1)
    x = torch.randn(1, 6, 16)
    x2 = x.clone()
    x2[0, 2:] += 2.0
    with no_shortcuts():
        a, b = m(x), m(x2)
    torch.testing.assert_close(a[0, :2], b[0, :2], atol=1e-6, rtol=0,
                               msg="changing tokens 2.. changed outputs at positions 0 and 1: mask the future")


def test_invalid_head_counts():
    with pytest.raises(ValueError):
        GroupedQueryAttention(24, 6, 4)      # 6 query heads cannot be split into 4 groups
    with pytest.raises(ValueError):
        GroupedQueryAttention(20, 6, 3)      # 20 is not divisible by 6


def test_same_module_on_other_lengths_and_batches():
    torch.manual_seed(5)
    m = GroupedQueryAttention(24, 6, 2)
    for B, T in [(2, 4), (1, 9), (3, 2), (1, 1)]:
        x = torch.randn(B, T, 24)
        want = _reference(m, x, 6, 2)
        with no_shortcuts():
            got = m(x)
        assert got.shape == (B, T, 24), f"input (B={B}, T={T}, 24) must give ({B}, {T}, 24), got {tuple(got.shape)}"
        torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
            f"calling the same module again with B={B}, T={T} gives wrong results: build the causal mask "
            "for each call's T rather than caching the first one"))


def test_bias_argument_controls_every_projection():
    for bias in (True, False):
        m = GroupedQueryAttention(24, 6, 2, bias=bias)
        for name in ("q_proj", "k_proj", "v_proj", "out_proj"):
            has = getattr(m, name).bias is not None
            assert has == bias, f"GroupedQueryAttention(..., bias={bias}): {name} must {'' if bias else 'not '}have a bias"
    n = sum(p.numel() for p in GroupedQueryAttention(24, 6, 2, bias=True).parameters())
    want = 24 * 24 + 24 + 2 * (24 * 8 + 8) + 24 * 24 + 24
    assert n == want, f"with bias=True, d_model=24, 6 heads, 2 kv heads: expected {want} parameters, got {n}"
