import itertools

import pytest
import torch
import torch.nn.functional as F

from _blockref import attention, expected_params
from solution import TransformerBlock

D, H = 48, 4


def test_post_norm_rmsnorm_swiglu_recomputed():
    torch.manual_seed(3)
    block = TransformerBlock(D, H, norm="rmsnorm", placement="post", mlp="swiglu").eval()
    x = 2 * torch.randn(2, 5, D) + 1
    with torch.no_grad():
        w = block.norm1.weight
        rms = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w
        torch.testing.assert_close(block.norm1(x), rms, atol=1e-5, rtol=1e-5,
                                   msg="norm='rmsnorm': norm1 should be x / sqrt(mean(x^2) + 1e-6) * weight")
        m = block.mlp
        torch.testing.assert_close(m(x), m.w_down(F.silu(m.w_gate(x)) * m.w_up(x)), atol=1e-5, rtol=1e-4,
                                   msg="mlp='swiglu' should compute w_down(silu(w_gate x) * w_up x)")
        h = block.norm1(x + block.attn(x))
        want = block.norm2(h + block.mlp(h))
        torch.testing.assert_close(block(x), want, atol=1e-5, rtol=1e-4, msg=(
            "post-norm block: h = norm1(x + attn(x)), out = norm2(h + mlp(h))"))


def test_rope_rotates_q_and_k_and_adds_no_parameters():
    torch.manual_seed(4)
    plain = TransformerBlock(D, H)
    roped = TransformerBlock(D, H, rope=True)
    roped.load_state_dict(plain.state_dict())     # same parameters, so no new ones
    x = torch.randn(2, 7, D)
    with torch.no_grad():
        torch.testing.assert_close(roped.attn(x), attention(roped, x, H, use_rope=True), atol=1e-5, rtol=1e-4,
                                   msg="rope=True: q and k of each head must be rotated (half-split, base 10000, positions 0..T-1)")
        assert not torch.allclose(roped.attn(x), plain.attn(x), atol=1e-4), "rope=True did not change attention"


def test_every_switch_combination_is_causal_and_counted():
    torch.manual_seed(5)
    for norm, placement, mlp, rope, bias in itertools.product(
            ["layernorm", "rmsnorm"], ["pre", "post"], ["gelu", "swiglu"], [False, True], [True, False]):
        cfg = dict(norm=norm, placement=placement, mlp=mlp, rope=rope, bias=bias)
        block = TransformerBlock(D, H, **cfg).eval()
        n = sum(p.numel() for p in block.parameters())
        assert n == expected_params(D, norm, mlp, bias), f"{cfg}: expected {expected_params(D, norm, mlp, bias)} parameters, got {n}"
        if not bias:
            named = [k for k, _ in block.named_parameters() if k.endswith("bias")]
            assert not named, f"{cfg}: bias=False but found {named}"
        x = torch.randn(1, 5, D)
        x2 = x.clone()
        x2[0, 3:] -= 1.5
        with torch.no_grad():
            a, b = block(x), block(x2)
        assert torch.allclose(a[0, :3], b[0, :3], atol=1e-5), f"{cfg}: future tokens changed earlier outputs"


def test_dropout_train_vs_eval_and_seeded():
    torch.manual_seed(6)
    drop = TransformerBlock(D, H, dropout=0.5)
    nodrop = TransformerBlock(D, H, dropout=0.0)
    nodrop.load_state_dict(drop.state_dict())
    x = torch.randn(2, 5, D)
    with torch.no_grad():
        ref = nodrop.eval()(x)
        torch.testing.assert_close(drop.eval()(x), ref, msg="in eval mode dropout must do nothing")
        drop.train()
        torch.manual_seed(123)
        t1 = drop(x)
        torch.manual_seed(123)
        t2 = drop(x)
        torch.testing.assert_close(t1, t2, msg="with the same seed a training forward must be reproducible")
        assert not torch.allclose(t1, ref, atol=1e-3), "dropout=0.5 in train mode must change the output"
        torch.testing.assert_close(nodrop.train()(x), ref, msg="dropout=0.0 in train mode equals eval")


def test_dropout_only_on_the_two_branches():
    torch.manual_seed(8)
    block = TransformerBlock(D, H, dropout=1.0).train()     # drops every branch output entirely
    x = torch.randn(2, 4, D)
    with torch.no_grad():
        out = block(x)
    torch.testing.assert_close(out, x, msg=(
        "pre-norm with dropout=1.0 in training must return x unchanged: dropout belongs on the attn and "
        "mlp outputs before the residual add, never on the residual stream itself"))


@pytest.mark.parametrize("kwargs", [dict(norm="batchnorm"), dict(placement="middle"), dict(mlp="relu")])
def test_unknown_options_raise(kwargs):
    with pytest.raises(ValueError):
        TransformerBlock(D, H, **kwargs)


def test_bad_shapes_raise():
    with pytest.raises(ValueError):
        TransformerBlock(50, 4)
    with pytest.raises(ValueError):
        TransformerBlock(12, 4, rope=True)     # d_head = 3 is odd


def test_gelu_mlp_uses_fc_in_fc_out_and_the_exact_gelu():
    torch.manual_seed(9)
    block = TransformerBlock(D, H).eval()
    m = block.mlp
    for name in ("fc_in", "fc_out"):
        assert isinstance(getattr(m, name, None), torch.nn.Linear), f"mlp='gelu' needs mlp.{name} (an nn.Linear)"
    x = 3 * torch.randn(2, 5, D)
    with torch.no_grad():
        z = m.fc_in(x)
        exact = m.fc_out(F.gelu(z))
        approx = m.fc_out(F.gelu(z, approximate="tanh"))
        got = m(x)
    assert (exact - approx).abs().max() > 1e-5, "test self-check: the two GELU forms differ here"
    torch.testing.assert_close(got, exact, atol=1e-6, rtol=1e-5, msg=(
        "mlp(x) must be fc_out(gelu(fc_in(x))) with the exact erf GELU (F.gelu default), "
        "not the tanh approximation"))


@pytest.mark.parametrize("norm, eps", [("layernorm", 1e-5), ("rmsnorm", 1e-6)])
def test_norm_eps_matters_for_small_activations(norm, eps):
    torch.manual_seed(10)
    block = TransformerBlock(D, H, norm=norm).eval()
    x = 1e-3 * torch.randn(2, 3, D)  # mean square ~1e-6, comparable to eps
    with torch.no_grad():
        w = block.norm1.weight
        if norm == "layernorm":
            want = F.layer_norm(x, (D,), w, block.norm1.bias, eps=eps)
        else:
            want = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w
        got = block.norm1(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        f"norm={norm!r} must use eps={eps}; on activations of size ~1e-3 a different eps changes "
        "the output a lot"))


@pytest.mark.parametrize("placement", ["pre", "post"])
def test_each_sublayer_uses_its_own_norm(placement):
    torch.manual_seed(11)
    block = TransformerBlock(D, H, placement=placement).eval()
    with torch.no_grad():
        for norm in (block.norm1, block.norm2):   # make the two norms differ from each other
            norm.weight.copy_(1 + 0.5 * torch.randn(D))
            norm.bias.copy_(0.3 * torch.randn(D))
        x = torch.randn(2, 5, D)
        if placement == "pre":
            h = x + block.attn(block.norm1(x))
            want = h + block.mlp(block.norm2(h))
        else:
            h = block.norm1(x + block.attn(x))
            want = block.norm2(h + block.mlp(h))
        got = block(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        f"placement={placement!r} with distinct norm1/norm2 weights: norm1 belongs to the attention "
        "sublayer and norm2 to the MLP sublayer, as in the formulas of the prompt"))


def test_no_dropout_inside_attention():
    # With the MLP branch switched off, a training forward gives out = x + drop(attn(norm1(x))),
    # so every element of out - x is either 0 or attn(norm1(x)) / (1 - p) for that element.
    torch.manual_seed(12)
    p = 0.5
    block = TransformerBlock(D, H, dropout=p)
    with torch.no_grad():
        for param in block.mlp.fc_out.parameters():
            param.zero_()
        x = torch.randn(2, 6, D)
        branch = block.eval().attn(block.norm1(x)) / (1 - p)
        torch.manual_seed(0)
        delta = block.train()(x) - x
    kept = torch.isclose(delta, branch, atol=1e-5, rtol=1e-4)
    dropped = delta.abs() <= 1e-6
    assert bool((kept | dropped).all()), (
        "in training, each element of the attention branch must be either dropped (0) or the "
        "eval-mode attention output scaled by 1 / (1 - p): dropout goes on the attn output only, "
        "not on the attention weights inside it")
    assert kept.any() and dropped.any(), "dropout=0.5 in training should keep some elements and drop others"
