import math

import torch
import torch.nn.functional as F
from torch import nn

from _guard import no_shortcuts
from solution import SelfAttentionHead


def _reference(head, x, mask=None):
    q, k, v = head.q_proj(x), head.k_proj(x), head.v_proj(x)
    attn_mask = None if mask is None else ~mask[:, None, :]
    return F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)


def test_parameter_names_and_output_shape():
    torch.manual_seed(0)
    head = SelfAttentionHead(d_model=8, d_head=4)
    for name in ("q_proj", "k_proj", "v_proj"):
        layer = getattr(head, name, None)
        assert isinstance(layer, nn.Linear), f"head.{name} must be an nn.Linear"
        assert tuple(layer.weight.shape) == (4, 8), (
            f"head.{name}.weight should be (d_head, d_model) = (4, 8), got {tuple(layer.weight.shape)}")
        assert layer.bias is None, f"bias=False is the default: head.{name} must have no bias"
    with no_shortcuts():
        out = head(torch.randn(2, 5, 8))
    assert tuple(out.shape) == (2, 5, 4), f"expected (B, T, d_head) = (2, 5, 4), got {tuple(out.shape)}"
    assert out.dtype == torch.float32, f"output dtype should follow x (float32), got {out.dtype}"


def test_matches_sdpa_without_mask():
    torch.manual_seed(1)
    head = SelfAttentionHead(d_model=12, d_head=3)
    x = torch.randn(3, 6, 12)
    want = _reference(head, x)
    with no_shortcuts():
        got = head(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "unmasked output differs from softmax(q k^T / sqrt(d_head)) v; note the scale uses "
        "d_head (3 here), not d_model (12)"))


def test_all_padding_sequence_gives_zero_rows():
    torch.manual_seed(2)
    head = SelfAttentionHead(d_model=8, d_head=4)
    x = torch.randn(2, 3, 8)
    mask = torch.tensor([[False, False, True], [True, True, True]])
    with no_shortcuts():
        out = head(x, mask)
    assert not torch.isnan(out).any(), "the output contains NaN: an all-masked softmax row is 0/0"
    torch.testing.assert_close(out[1], torch.zeros(3, 4), msg=(
        "sequence 1 is all padding: every output row must be the zero vector"))
    want0 = _reference(head, x[:1], mask[:1])
    torch.testing.assert_close(out[:1], want0, atol=1e-5, rtol=1e-4,
                               msg="sequence 0 (last token padded) differs from the reference")
