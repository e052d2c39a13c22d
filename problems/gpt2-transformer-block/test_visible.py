import torch
import torch.nn.functional as F

from _blockref import attention, expected_params
from solution import TransformerBlock

D, H = 48, 4


def test_default_block_is_pre_norm_layernorm_gelu():
    torch.manual_seed(0)
    block = TransformerBlock(D, H).eval()
    n = sum(p.numel() for p in block.parameters())
    assert n == expected_params(D, "layernorm", "gelu", True) == 28272, f"default block should have 28272 parameters, got {n}"
    x = torch.randn(2, 5, D)
    with torch.no_grad():
        ln = F.layer_norm(x, (D,), block.norm1.weight, block.norm1.bias, eps=1e-5)
        torch.testing.assert_close(block.norm1(x), ln, atol=1e-5, rtol=1e-5, msg="norm1 should be a LayerNorm (eps 1e-5)")
        h = x + block.attn(block.norm1(x))
        want = h + block.mlp(block.norm2(h))
        got = block(x)
    assert got.shape == x.shape, f"output shape should be {tuple(x.shape)}, got {tuple(got.shape)}"
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-4, msg=(
        "pre-norm block: out = h + mlp(norm2(h)) with h = x + attn(norm1(x))"))


def test_attention_submodule_matches_causal_sdpa():
    torch.manual_seed(1)
    block = TransformerBlock(D, H).eval()
    x = torch.randn(2, 6, D)
    with torch.no_grad():
        torch.testing.assert_close(block.attn(x), attention(block, x, H, use_rope=False), atol=1e-5, rtol=1e-4,
                                   msg="attn(x) differs from causal SDPA on attn.qkv / attn.proj (head h = features h*d_head:(h+1)*d_head)")


def test_future_tokens_do_not_leak():
    torch.manual_seed(2)
    block = TransformerBlock(D, H).eval()
    x = torch.randn(1, 6, D)
    x2 = x.clone()
    x2[0, 4:] += 2.0
    with torch.no_grad():
        a, b = block(x), block(x2)
    torch.testing.assert_close(a[0, :4], b[0, :4], atol=1e-5, rtol=0,
                               msg="changing tokens 4 and 5 changed outputs at positions 0..3: the block is not causal")
