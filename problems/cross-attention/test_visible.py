import torch
import torch.nn.functional as F
from torch import nn

from _guard import no_shortcuts
from solution import CrossAttention


def _reference(m, x, memory, n_heads, pad=None):
    B, T, C = x.shape
    S = memory.shape[1]
    heads = lambda t, L: t.view(B, L, n_heads, C // n_heads).transpose(1, 2)
    q, k, v = heads(m.q_proj(x), T), heads(m.k_proj(memory), S), heads(m.v_proj(memory), S)
    mask = None if pad is None else ~pad[:, None, None, :]
    y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
    return m.out_proj(y.transpose(1, 2).reshape(B, T, C))


def test_layer_shapes():
    torch.manual_seed(0)
    m = CrossAttention(d_model=8, d_enc=6, n_heads=2)
    want = {"q_proj": (8, 8), "k_proj": (8, 6), "v_proj": (8, 6), "out_proj": (8, 8)}
    for name, shape in want.items():
        layer = getattr(m, name, None)
        assert isinstance(layer, nn.Linear), f"{name} must be an nn.Linear"
        assert tuple(layer.weight.shape) == shape, (
            f"{name}.weight should be {shape} (keys/values read the encoder width d_enc=6), "
            f"got {tuple(layer.weight.shape)}")


def test_matches_sdpa_with_different_source_and_target_lengths():
    torch.manual_seed(1)
    m = CrossAttention(d_model=8, d_enc=6, n_heads=2)
    for T_tgt, T_src in [(3, 7), (6, 2), (1, 1)]:
        x, memory = torch.randn(2, T_tgt, 8), torch.randn(2, T_src, 6)
        want = _reference(m, x, memory, 2)
        with no_shortcuts():
            got = m(x, memory)
        assert tuple(got.shape) == (2, T_tgt, 8), f"T_tgt={T_tgt}, T_src={T_src}: expected (2, {T_tgt}, 8), got {tuple(got.shape)}"
        torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
            f"T_tgt={T_tgt}, T_src={T_src}: differs from the reference; cross-attention has no causal mask "
            "and scales by 1/sqrt(d_head)"))


def test_example_padding_mask():
    torch.manual_seed(2)
    m = CrossAttention(d_model=8, d_enc=6, n_heads=2)
    x, memory = torch.randn(2, 3, 8), torch.randn(2, 5, 6)
    pad = torch.tensor([[False] * 5, [False, False, False, True, True]])
    want = _reference(m, x, memory, 2, pad)
    with no_shortcuts():
        got = m(x, memory, pad)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4,
                               msg="padding mask (True = padding source token) not applied per sequence")
