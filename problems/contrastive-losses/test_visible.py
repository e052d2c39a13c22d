import torch

from _reference_loss import nt_xent_by_loops
from solution import nt_xent_loss, triplet_margin_loss


def test_nt_xent_prompt_example_and_reference():
    z1 = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    got = nt_xent_loss(z1, z1.clone(), temperature=1.0)
    assert got.dim() == 0, "the loss must be a scalar tensor"
    assert abs(float(got) - 0.551444) < 1e-5, f"expected -log(e / (e + 2)) = 0.5514, got {float(got)}"
    torch.manual_seed(0)
    a, b = torch.randn(6, 5), torch.randn(6, 5)
    for tau in [0.1, 0.5, 2.0]:
        got = float(nt_xent_loss(a, b, temperature=tau))
        want = nt_xent_by_loops(a, b, tau)
        assert abs(got - want) < 1e-4 * max(1.0, want), f"temperature {tau}: got {got}, want {want}"


def test_triplet_matches_torch():
    torch.manual_seed(1)
    a, p, n = torch.randn(3, 8, 4).unbind(0)
    for margin, pn, red in [(1.0, 2.0, "mean"), (0.3, 1.0, "sum"), (2.0, 2.0, "none")]:
        want = torch.nn.TripletMarginLoss(margin=margin, p=pn, reduction=red)(a, p, n)
        got = triplet_margin_loss(a, p, n, margin=margin, p=pn, reduction=red)
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5,
                                   msg=f"margin={margin}, p={pn}, reduction={red!r}")
