import torch

from _reference_loss import nt_xent_by_loops
from solution import nt_xent_loss, triplet_margin_loss


def test_single_pair_has_zero_loss():
    z1, z2 = torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([[-1.0, 0.5, 0.0]])
    got = float(nt_xent_loss(z1, z2, temperature=0.5))
    assert abs(got) < 1e-6, (
        f"with N=1 each row's only candidate is its positive, so the loss is 0; got {got}. "
        "Did you leave the self-similarity in the denominator?")


def test_scale_invariance_and_small_temperature_stability():
    torch.manual_seed(2)
    a, b = torch.randn(5, 16), torch.randn(5, 16)
    base = float(nt_xent_loss(a, b, 0.3))
    scaled = float(nt_xent_loss(a * 100.0, b * 0.01, 0.3))
    assert abs(base - scaled) < 1e-4, "embeddings must be L2-normalised (loss is scale-invariant)"
    a = a.clone().requires_grad_(True)
    b2 = b + 0.01 * torch.randn(5, 16)
    loss = nt_xent_loss(a, b2, temperature=0.01)
    assert torch.isfinite(loss), f"temperature 0.01 in float32 must not overflow, got {loss}"
    want = nt_xent_by_loops(a.detach(), b2, 0.01)
    assert abs(float(loss) - want) < 1e-3 * max(1.0, want), f"temperature 0.01: got {float(loss)}, want {want}"
    loss.backward()
    assert torch.all(torch.isfinite(a.grad)), "gradients must be finite at low temperature"


def test_nt_xent_gradient_matches_float64_reference():
    torch.manual_seed(3)
    a0, b0 = torch.randn(4, 3, dtype=torch.float64), torch.randn(4, 3, dtype=torch.float64)
    a = a0.clone().requires_grad_(True)
    nt_xent_loss(a, b0, 0.2).backward()
    assert a.grad is not None, "the loss must be differentiable w.r.t. z1"
    h = 1e-6
    for i in range(4):
        for j in range(3):
            up, down = a0.clone(), a0.clone()
            up[i, j] += h
            down[i, j] -= h
            fd = (nt_xent_by_loops(up, b0, 0.2) - nt_xent_by_loops(down, b0, 0.2)) / (2 * h)
            assert abs(fd - float(a.grad[i, j])) < 1e-5, f"d loss / d z1[{i},{j}]: want {fd}, got {float(a.grad[i, j])}"


def test_triplet_inactive_triplets_have_zero_loss_and_gradient():
    a = torch.zeros(2, 2, requires_grad=True)
    pos = torch.tensor([[0.1, 0.0], [0.0, 0.1]])
    neg = torch.tensor([[5.0, 0.0], [0.0, -5.0]])
    loss = triplet_margin_loss(a, pos, neg, margin=1.0)
    loss.backward()
    assert float(loss) == 0.0, "negatives far beyond the margin cost nothing"
    assert torch.all(a.grad == 0), "and give zero gradient"
    pos2 = torch.tensor([[3.0, 4.0]])
    neg2 = torch.tensor([[1.0, 0.0]])
    got = triplet_margin_loss(torch.zeros(1, 2), pos2, neg2, margin=1.0, reduction="none")
    assert got.shape == (1,), "'none' returns one loss per triplet"
    want = torch.nn.TripletMarginLoss(margin=1.0, reduction="none")(torch.zeros(1, 2), pos2, neg2)
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6, msg="d_ap - d_an + margin")


def test_triplet_eps_goes_inside_the_norm():
    torch.manual_seed(4)
    a, p, n = torch.randn(3, 5, 3).unbind(0)
    p = p.clone()
    p[0] = a[0]  # d(a, p) = ||eps * 1||_p for this row: only eps keeps it away from 0
    for eps, pn in [(0.5, 2.0), (0.25, 1.0), (0.3, 3.0)]:
        want = torch.nn.TripletMarginLoss(margin=1.0, p=pn, eps=eps, reduction="none")(a, p, n)
        got = triplet_margin_loss(a, p, n, margin=1.0, p=pn, eps=eps, reduction="none")
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5, msg=(
            f"eps={eps}, p={pn}: d(x, y) = ||x - y + eps||_p, with eps added to every coordinate of the "
            "difference before the norm (not added to the norm, not left out)"))


def test_small_temperature_with_near_identical_views():
    torch.manual_seed(5)
    a = torch.randn(4, 8)
    b = a + 1e-3 * torch.randn(4, 8)  # positives have cosine ~1, so s ~ 1 / temperature = 200
    loss = nt_xent_loss(a, b, temperature=0.005)
    assert torch.isfinite(loss), (
        f"with near-identical views and temperature 0.005 the logits reach ~200 and exp() overflows "
        f"float32; use a log-sum-exp (e.g. F.cross_entropy / torch.logsumexp); got {loss}")
    want = nt_xent_by_loops(a, b, 0.005)
    assert abs(float(loss) - want) < 1e-2 * max(1.0, want), f"temperature 0.005: got {float(loss)}, want {want}"


def test_triplet_reductions_sum_and_mean_differ_by_the_batch_size():
    torch.manual_seed(6)
    a, p, n = torch.randn(3, 6, 4).unbind(0)
    for red in ("sum", "mean", "none"):
        want = torch.nn.TripletMarginLoss(margin=2.0, p=2.0, reduction=red)(a, p, n)
        got = triplet_margin_loss(a, p, n, margin=2.0, reduction=red)
        assert got.shape == want.shape, f"reduction={red!r}: shape {tuple(got.shape)}, expected {tuple(want.shape)}"
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5, msg=(
            f"reduction={red!r} over 6 triplets differs from torch ('sum' adds the per-triplet "
            "losses, 'mean' averages them)"))
