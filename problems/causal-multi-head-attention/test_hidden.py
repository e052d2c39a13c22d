import pytest
import torch
from torch import nn

from _guard import no_shortcuts
from solution import CausalMultiHeadAttention


def _torch_mha(attn, d_model, n_heads, bias):
    mha = nn.MultiheadAttention(d_model, n_heads, bias=bias, batch_first=True)
    with torch.no_grad():
        mha.in_proj_weight.copy_(attn.qkv.weight)
        mha.out_proj.weight.copy_(attn.out.weight)
        if bias:
            mha.in_proj_bias.copy_(attn.qkv.bias)
            mha.out_proj.bias.copy_(attn.out.bias)
    return mha


@pytest.mark.parametrize("bias", [True, False])
def test_equals_nn_multihead_attention_with_copied_weights(bias):
    torch.manual_seed(3)
    d, h, T = 16, 4, 7
    attn = CausalMultiHeadAttention(d, h, bias=bias)
    if not bias:
        assert attn.qkv.bias is None and attn.out.bias is None, "bias=False: qkv and out have no bias"
    mha = _torch_mha(attn, d, h, bias)
    x = torch.randn(3, T, d)
    future = torch.ones(T, T, dtype=torch.bool).triu(1)        # True = not allowed
    want, _ = mha(x, x, x, attn_mask=future, need_weights=False)
    with no_shortcuts():
        got = attn(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        f"bias={bias}: differs from nn.MultiheadAttention with the same in_proj/out_proj weights"))


def test_gradients_match_nn_multihead_attention():
    torch.manual_seed(4)
    d, h, T = 12, 2, 5
    attn = CausalMultiHeadAttention(d, h)
    mha = _torch_mha(attn, d, h, True)
    x = torch.randn(2, T, d)
    w = torch.randn(2, T, d)
    future = torch.ones(T, T, dtype=torch.bool).triu(1)
    (mha(x, x, x, attn_mask=future, need_weights=False)[0] * w).sum().backward()
    with no_shortcuts():
        (attn(x) * w).sum().backward()
    pairs = [(attn.qkv.weight, mha.in_proj_weight, "qkv.weight"), (attn.qkv.bias, mha.in_proj_bias, "qkv.bias"),
             (attn.out.weight, mha.out_proj.weight, "out.weight"), (attn.out.bias, mha.out_proj.bias, "out.bias")]
    for mine, ref, name in pairs:
        torch.testing.assert_close(mine.grad, ref.grad, atol=1e-4, rtol=1e-4, msg=f"gradient of {name} differs")


def test_single_token_and_one_head():
    torch.manual_seed(5)
    attn = CausalMultiHeadAttention(6, 1)
    x = torch.randn(2, 1, 6)
    with no_shortcuts():
        y = attn(x)
    v = x @ attn.qkv.weight[12:].T + attn.qkv.bias[12:]
    torch.testing.assert_close(y, attn.out(v), atol=1e-5, rtol=1e-4, msg=(
        "with T=1 a token only sees itself, so the output is out(v): no NaN, no masking of the diagonal"))


def test_rejects_indivisible_width():
    with pytest.raises(ValueError):
        CausalMultiHeadAttention(10, 3)


def test_one_module_handles_different_sequence_lengths():
    torch.manual_seed(6)
    attn = CausalMultiHeadAttention(8, 2)
    mha = _torch_mha(attn, 8, 2, True)
    for T in (5, 3, 8, 1):
        x = torch.randn(2, T, 8)
        future = torch.ones(T, T, dtype=torch.bool).triu(1)
        want, _ = mha(x, x, x, attn_mask=future, need_weights=False)
        try:
            with no_shortcuts():
                got = attn(x)
        except RuntimeError as e:
            raise AssertionError(
                f"the same module called with T=5, 3, 8, 1 in turn crashed at T={T} ({e}): build the "
                "causal mask for the current length (or slice a cached one)") from None
        torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
            f"the same module called with T=5, 3, 8, 1 in turn differs from nn.MultiheadAttention "
            f"at T={T}; if only the later lengths fail, the mask from the first call is being reused"))


def _op_count(attn, x):
    from torch.overrides import TorchFunctionMode

    class Count(TorchFunctionMode):
        n = 0

        def __torch_function__(self, func, types, args=(), kwargs=None):
            Count.n += 1
            return func(*args, **(kwargs or {}))

    with no_shortcuts(), Count():
        attn(x)
    return Count.n


def test_no_python_loop_over_heads_or_tokens():
    torch.manual_seed(7)
    base = _op_count(CausalMultiHeadAttention(16, 1), torch.randn(1, 4, 16))
    heads = _op_count(CausalMultiHeadAttention(16, 8), torch.randn(1, 4, 16))
    tokens = _op_count(CausalMultiHeadAttention(16, 1), torch.randn(1, 16, 16))
    assert heads <= base + 4, (
        f"the forward pass ran {heads} torch operations with 8 heads but {base} with 1 head: "
        "work on (B, n_heads, T, d_head) tensors instead of looping over heads")
    assert tokens <= base + 4, (
        f"the forward pass ran {tokens} torch operations for T=16 but {base} for T=4: "
        "no Python loop over tokens; mask and softmax the whole (T, T) score matrix at once")


def test_large_activations_stay_finite_and_match():
    torch.manual_seed(8)
    d, h, T = 8, 2, 6
    attn = CausalMultiHeadAttention(d, h)
    mha = _torch_mha(attn, d, h, True)
    x = torch.randn(2, T, d) * 30.0    # attention scores in the hundreds
    future = torch.ones(T, T, dtype=torch.bool).triu(1)
    want, _ = mha(x, x, x, attn_mask=future, need_weights=False)
    with no_shortcuts():
        got = attn(x)
    assert torch.isfinite(got).all(), (
        "inputs scaled by 30 (scores in the hundreds) gave inf/NaN outputs: the softmax must be "
        "numerically stable for large scores")
    torch.testing.assert_close(got, want, atol=1e-3, rtol=1e-4, msg=(
        "for large inputs the output differs from nn.MultiheadAttention"))
