import torch
import torch.nn.functional as F

from _guard import no_shortcuts
from solution import SelfAttentionHead


def _reference(head, x, mask=None):
    q, k, v = head.q_proj(x), head.k_proj(x), head.v_proj(x)
    attn_mask = None if mask is None else ~mask[:, None, :]
    return F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)


def _mask():
    # a different amount of padding in each sequence, none fully padded
    return torch.tensor([[False] * 7,
                         [False] * 5 + [True] * 2,
                         [False] + [True] * 6,
                         [True, False, True, False, False, True, False]])


def test_matches_sdpa_with_a_different_mask_per_sequence():
    torch.manual_seed(3)
    head = SelfAttentionHead(d_model=10, d_head=6, bias=True)
    x = torch.randn(4, 7, 10)
    mask = _mask()
    want = _reference(head, x, mask)
    with no_shortcuts():
        got = head(x, mask)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "with a padding mask (True = padding key) the output differs from the reference; the mask "
        "hides key COLUMNS of the score matrix, per sequence"))


def test_padded_tokens_cannot_influence_other_rows():
    torch.manual_seed(4)
    head = SelfAttentionHead(d_model=6, d_head=6)
    x = torch.randn(1, 5, 6)
    mask = torch.tensor([[False, False, True, False, True]])
    x2 = x.clone()
    x2[0, 2] += 10.0
    x2[0, 4] -= 10.0
    with no_shortcuts():
        a, b = head(x, mask), head(x2, mask)
    keep = [0, 1, 3]
    torch.testing.assert_close(a[0, keep], b[0, keep], atol=1e-5, rtol=1e-4, msg=(
        "changing the padding tokens changed the outputs of real tokens: padding keys must get "
        "weight exactly 0"))


def test_gradients_match_sdpa_and_stay_finite():
    torch.manual_seed(5)
    head = SelfAttentionHead(d_model=8, d_head=4, bias=True)
    x = torch.randn(5, 7, 8)
    mask = torch.cat([_mask(), torch.ones(1, 7, dtype=torch.bool)])   # last one: all padding
    w = torch.randn(5, 7, 4)
    with no_shortcuts():
        out = head(x, mask)
        (out * w).sum().backward()
    got = {n: p.grad.clone() for n, p in head.named_parameters()}
    for n, g in got.items():
        assert torch.isfinite(g).all(), f"gradient of {n} has NaN/inf: all-padding rows must not poison backward"
    head.zero_grad()
    (_reference(head, x[:4], mask[:4]) * w[:4]).sum().backward()   # the padded sequence adds nothing
    for n, p in head.named_parameters():
        torch.testing.assert_close(got[n], p.grad, atol=1e-4, rtol=1e-4,
                                   msg=f"gradient of {n} differs from the SDPA version")


def test_large_scores_do_not_overflow_and_none_equals_all_false():
    torch.manual_seed(6)
    head = SelfAttentionHead(d_model=8, d_head=4)
    x = 40.0 * torch.randn(2, 6, 8)          # scores in the hundreds: exp() overflows float32
    want = _reference(head, x)
    with no_shortcuts():
        got = head(x)
        got_masked = head(x, torch.zeros(2, 6, dtype=torch.bool))
    assert torch.isfinite(got).all(), "large scores gave inf/NaN: subtract the row max (or use torch.softmax)"
    torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4, msg="large-score output differs")
    torch.testing.assert_close(got_masked, got, msg="an all-False mask must equal passing no mask")


def test_bias_true_gives_every_projection_a_bias():
    head = SelfAttentionHead(d_model=6, d_head=3, bias=True)
    for name in ("q_proj", "k_proj", "v_proj"):
        layer = getattr(head, name)
        assert layer.bias is not None and tuple(layer.bias.shape) == (3,), (
            f"bias=True: head.{name} needs a bias of shape (d_head,) = (3,), got "
            f"{None if layer.bias is None else tuple(layer.bias.shape)}")
    n_params = sum(p.numel() for p in head.parameters())
    assert n_params == 3 * (6 * 3 + 3), f"three 6 -> 3 projections with bias have 63 parameters, got {n_params}"
