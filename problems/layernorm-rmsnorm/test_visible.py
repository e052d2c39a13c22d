import torch
from torch import nn

from _guard import no_shortcuts
from solution import LayerNorm, RMSNorm


def _randomise(ref, mine):
    g = torch.Generator().manual_seed(123)
    with torch.no_grad():
        for q, p in zip(ref.parameters(), mine.parameters()):
            q.copy_(torch.randn(q.shape, generator=g))
            p.copy_(q)


def test_parameters_and_defaults():
    with no_shortcuts():
        ln, rms = LayerNorm(6), RMSNorm(6)
        ln_plain, ln_nobias, rms_plain = LayerNorm(6, elementwise_affine=False), LayerNorm(6, bias=False), RMSNorm(6, elementwise_affine=False)
    names = dict(ln.named_parameters())
    assert set(names) == {"weight", "bias"}, f"LayerNorm should own 'weight' and 'bias', got {sorted(names)}"
    torch.testing.assert_close(names["weight"].detach(), torch.ones(6), msg="LayerNorm weight starts at ones")
    torch.testing.assert_close(names["bias"].detach(), torch.zeros(6), msg="LayerNorm bias starts at zeros")
    assert [n for n, _ in rms.named_parameters()] == ["weight"], "RMSNorm owns a weight and no bias"
    assert len(list(ln_plain.parameters())) == 0 and len(list(rms_plain.parameters())) == 0, (
        "elementwise_affine=False means no parameters at all")
    assert [n for n, _ in ln_nobias.named_parameters()] == ["weight"], "bias=False keeps the weight only"


def test_layernorm_matches_torch():
    torch.manual_seed(0)
    x = 3.0 * torch.randn(2, 3, 16) + 1.5
    ref = nn.LayerNorm(16, eps=1e-5)
    with no_shortcuts():
        mine = LayerNorm(16, eps=1e-5)
    _randomise(ref, mine)
    want = ref(x)
    with no_shortcuts():
        got = mine(x)
    assert got.shape == x.shape and got.dtype == x.dtype, f"shape/dtype changed: {got.shape} {got.dtype}"
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5, msg="LayerNorm differs from nn.LayerNorm")


def test_rmsnorm_matches_torch_and_does_not_centre():
    torch.manual_seed(1)
    x = torch.randn(4, 8) + 2.0                 # a large mean: centring would change the result
    ref = nn.RMSNorm(8, eps=1e-6)
    with no_shortcuts():
        mine = RMSNorm(8, eps=1e-6)
    _randomise(ref, mine)
    want = ref(x)
    with no_shortcuts():
        got = mine(x)
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5, msg=(
        "RMSNorm differs from nn.RMSNorm: divide by sqrt(mean(x^2) + eps), without subtracting the mean"))
