import pytest
import torch
import torch.nn.functional as F

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


def test_padded_source_tokens_have_no_influence():
    torch.manual_seed(3)
    m = CrossAttention(d_model=12, d_enc=4, n_heads=3)
    x, memory = torch.randn(3, 4, 12), torch.randn(3, 6, 4)
    pad = torch.tensor([[False] * 6, [False] * 4 + [True] * 2, [True, False, True, False, True, True]])
    mem2 = memory.clone()
    mem2[pad] += 5.0
    with no_shortcuts():
        a, b = m(x, memory, pad), m(x, mem2, pad)
    torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-4,
                               msg="changing padded encoder positions changed the output")
    torch.testing.assert_close(a, _reference(m, x, memory, 3, pad), atol=1e-5, rtol=1e-4,
                               msg="masked output differs from the reference")


@pytest.mark.parametrize("bias", [True, False])
def test_all_padding_source_returns_out_proj_of_zero(bias):
    torch.manual_seed(4)
    m = CrossAttention(d_model=8, d_enc=8, n_heads=4, bias=bias)
    x, memory = torch.randn(2, 3, 8), torch.randn(2, 4, 8)
    pad = torch.tensor([[False, True, False, True], [True] * 4])
    with no_shortcuts():
        out = m(x, memory, pad)
        out.sum().backward()
    assert torch.isfinite(out).all(), "all-padding source produced NaN/inf"
    want = m.out_proj.bias.detach().expand(3, 8) if bias else torch.zeros(3, 8)
    torch.testing.assert_close(out[1].detach(), want, msg=(
        "a sequence whose source is all padding has a zero attention output, so the layer returns out_proj(0)"))
    for n, p in m.named_parameters():
        assert torch.isfinite(p.grad).all(), f"gradient of {n} has NaN/inf"


def test_gradients_reach_encoder_and_decoder_inputs():
    torch.manual_seed(5)
    m = CrossAttention(d_model=8, d_enc=6, n_heads=2)
    x = torch.randn(2, 3, 8, requires_grad=True)
    memory = torch.randn(2, 5, 6, requires_grad=True)
    w = torch.randn(2, 3, 8)
    with no_shortcuts():
        (m(x, memory) * w).sum().backward()
    gx, gm = x.grad.clone(), memory.grad.clone()
    x.grad = None
    memory.grad = None
    (_reference(m, x, memory, 2) * w).sum().backward()
    torch.testing.assert_close(gx, x.grad, atol=1e-4, rtol=1e-4, msg="gradient w.r.t. the decoder states differs")
    torch.testing.assert_close(gm, memory.grad, atol=1e-4, rtol=1e-4, msg=(
        "gradient w.r.t. the encoder output differs: keys AND values must come from memory"))


def test_rejects_indivisible_width():
    with pytest.raises(ValueError):
        CrossAttention(d_model=10, d_enc=4, n_heads=4)


def test_bias_false_removes_every_bias():
    m = CrossAttention(d_model=8, d_enc=5, n_heads=2, bias=False)
    with_bias = [name for name in ("q_proj", "k_proj", "v_proj", "out_proj")
                 if getattr(m, name).bias is not None]
    assert not with_bias, f"bias=False: all four projections must be built without a bias, but {with_bias} have one"
    assert sum(p.numel() for p in m.parameters()) == 8 * 8 * 2 + 5 * 8 * 2, (
        "bias=False: the only parameters are the four weight matrices")
