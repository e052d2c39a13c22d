import torch
import torch.nn.functional as F
from torch import nn

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


def test_projection_shapes_and_parameter_count():
    with no_shortcuts():
        m = GroupedQueryAttention(32, 8, 2)
    shapes = {n: tuple(getattr(m, n).weight.shape) for n in ("q_proj", "k_proj", "v_proj", "out_proj")}
    assert shapes == {"q_proj": (32, 32), "k_proj": (8, 32), "v_proj": (8, 32), "out_proj": (32, 32)}, (
        f"k_proj / v_proj should produce n_kv_heads * d_head = 8 features; got {shapes}")
    n = sum(p.numel() for p in m.parameters())
    assert n == 2560, f"expected 2560 parameters (bias=False by default), got {n}"


def test_matches_sdpa_with_grouped_kv():
    torch.manual_seed(0)
    m = GroupedQueryAttention(32, 8, 2)
    x = torch.randn(2, 6, 32)
    want = _reference(m, x, 8, 2)
    with no_shortcuts():
        got = m(x)
    assert got.shape == x.shape, f"expected {tuple(x.shape)}, got {tuple(got.shape)}"
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "differs from causal attention with kv head h // g serving query head h (repeat_interleave "
        "order: query heads 0..3 use kv head 0)"))


def test_equals_multi_head_attention_when_groups_are_single():
    torch.manual_seed(1)
    m = GroupedQueryAttention(16, 4, 4, bias=True)
    mha = nn.MultiheadAttention(16, 4, bias=True, batch_first=True)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.cat([m.q_proj.weight, m.k_proj.weight, m.v_proj.weight]))
        mha.in_proj_bias.copy_(torch.cat([m.q_proj.bias, m.k_proj.bias, m.v_proj.bias]))
        mha.out_proj.weight.copy_(m.out_proj.weight)
        mha.out_proj.bias.copy_(m.out_proj.bias)
    x = torch.randn(3, 5, 16)
    want, _ = mha(x, x, x, attn_mask=torch.ones(5, 5, dtype=torch.bool).triu(1), need_weights=False)
    with no_shortcuts():
        got = m(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4,
                               msg="with n_kv_heads == n_heads GQA must equal ordinary causal multi-head attention")
