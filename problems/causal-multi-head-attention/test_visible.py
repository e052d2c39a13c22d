import torch
import torch.nn.functional as F
from torch import nn

from _guard import no_shortcuts
from solution import CausalMultiHeadAttention


def _sdpa_reference(attn, x, n_heads):
    B, T, C = x.shape
    q, k, v = attn.qkv(x).split(C, dim=-1)
    q, k, v = (t.view(B, T, n_heads, C // n_heads).transpose(1, 2) for t in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return attn.out(y.transpose(1, 2).reshape(B, T, C))


def test_layers_and_shapes():
    torch.manual_seed(0)
    attn = CausalMultiHeadAttention(d_model=8, n_heads=2)
    assert isinstance(getattr(attn, "qkv", None), nn.Linear), "attn.qkv must be an nn.Linear"
    assert isinstance(getattr(attn, "out", None), nn.Linear), "attn.out must be an nn.Linear"
    assert tuple(attn.qkv.weight.shape) == (24, 8), f"qkv maps 8 -> 24 features, got {tuple(attn.qkv.weight.shape)}"
    assert tuple(attn.out.weight.shape) == (8, 8), "out maps d_model -> d_model"
    n = sum(p.numel() for p in attn.parameters())
    assert n == 8 * 24 + 24 + 8 * 8 + 8, f"expected 296 parameters (two linears with bias), got {n}"
    with no_shortcuts():
        y = attn(torch.randn(3, 5, 8))
    assert tuple(y.shape) == (3, 5, 8), f"expected (3, 5, 8), got {tuple(y.shape)}"


def test_matches_sdpa_is_causal():
    torch.manual_seed(1)
    attn = CausalMultiHeadAttention(d_model=12, n_heads=3)
    x = torch.randn(2, 6, 12)
    want = _sdpa_reference(attn, x, 3)
    with no_shortcuts():
        got = attn(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "output differs from scaled_dot_product_attention(is_causal=True) on your own qkv/out "
        "weights: check the head split (view(B,T,H,d).transpose(1,2)), the 1/sqrt(d_head) scale "
        "and that the diagonal stays visible"))


def test_future_tokens_cannot_change_the_past():
    torch.manual_seed(2)
    attn = CausalMultiHeadAttention(d_model=8, n_heads=4)
    x = torch.randn(1, 6, 8)
    with no_shortcuts():
        base = attn(x)
        for t in range(5):
            x2 = x.clone()
            x2[0, t + 1:] += 3.0 * torch.randn(5 - t, 8)
            y2 = attn(x2)
            torch.testing.assert_close(y2[0, :t + 1], base[0, :t + 1], atol=1e-6, rtol=0, msg=(
                f"changing tokens {t + 1}.. changed the output at positions <= {t}: the mask leaks the future"))
            assert not torch.allclose(y2[0, t + 1], base[0, t + 1]), (
                f"the output at position {t + 1} ignored its own (changed) token")
