import torch
import torch.nn.functional as F
from _shortcuts import switched_off
from torch.overrides import TorchFunctionMode

from solution import margin_ranking_loss, multi_margin_loss, pairwise_accuracy, pairwise_ranking_loss


def test_multi_margin_variants_and_gradient():
    torch.manual_seed(2)
    base = torch.randn(9, 5, dtype=torch.float64)
    t = torch.randint(0, 5, (9,))
    w = torch.tensor([1.0, 0.5, 2.0, 1.5, 0.1], dtype=torch.float64)
    for p, margin, weight, red in [(2, 1.0, None, "mean"), (1, 0.3, w, "sum"), (2, 2.0, w, "none")]:
        a = base.clone().requires_grad_(True)
        b = base.clone().requires_grad_(True)
        got = multi_margin_loss(a, t, p=p, margin=margin, weight=weight, reduction=red)
        want = torch.nn.MultiMarginLoss(p=p, margin=margin, weight=weight, reduction=red)(b, t)
        torch.testing.assert_close(got, want, msg=f"p={p}, margin={margin}, weight={weight is not None}, {red}")
        got.sum().backward()
        want.sum().backward()
        torch.testing.assert_close(a.grad, b.grad, msg="gradients must match MultiMarginLoss too")


def test_pairwise_loss_against_explicit_pairs():
    torch.manual_seed(3)
    s0 = torch.randn(8, dtype=torch.float64)
    rel = torch.tensor([3, 0, 1, 1, 2, 0, 3, 1])
    pairs = [(i, j) for i in range(8) for j in range(8) if rel[i] > rel[j]]
    i_idx = torch.tensor([i for i, _ in pairs])
    j_idx = torch.tensor([j for _, j in pairs])
    a = s0.clone().requires_grad_(True)
    b = s0.clone().requires_grad_(True)
    got = pairwise_ranking_loss(a, rel, margin=0.7)
    want = torch.nn.MarginRankingLoss(margin=0.7)(b[i_idx], b[j_idx], torch.ones(len(pairs), dtype=torch.float64))
    torch.testing.assert_close(got, want, msg="mean hinge over every pair with rel[i] > rel[j] (ties excluded)")
    got.backward()
    want.backward()
    torch.testing.assert_close(a.grad, b.grad, msg="gradient of the pairwise loss")


def test_no_pairs_gives_a_differentiable_zero():
    s = torch.tensor([0.3, -1.0, 2.0], requires_grad=True)
    loss = pairwise_ranking_loss(s, torch.tensor([1, 1, 1]))
    assert torch.is_tensor(loss) and float(loss) == 0.0, "all-equal relevance: no pairs, loss 0"
    loss.backward()
    assert s.grad is not None and torch.all(s.grad == 0), "backward() must work and give zero gradient"
    assert pairwise_accuracy(s.detach(), torch.tensor([1, 1, 1])) == 1.0, "no pairs: accuracy 1.0"


def test_accuracy_counts_ties_as_half():
    s = torch.tensor([1.0, 1.0, 0.0, 2.0])
    rel = torch.tensor([2, 1, 0, 0])
    # pairs: (0,1) tie -> .5, (0,2) ok, (0,3) wrong, (1,2) ok, (1,3) wrong
    got = pairwise_accuracy(s, rel)
    assert isinstance(got, float), f"return a Python float, got {type(got).__name__}"
    assert abs(got - 2.5 / 5) < 1e-12, f"expected 0.5 (one tie counted as half), got {got}"


def test_margin_ranking_zero_when_well_separated():
    x1 = torch.tensor([5.0, -5.0], requires_grad=True)
    x2 = torch.tensor([0.0, 0.0])
    loss = margin_ranking_loss(x1, x2, torch.tensor([1.0, -1.0]), margin=1.0)
    loss.backward()
    assert float(loss) == 0.0 and torch.all(x1.grad == 0), "pairs beyond the margin cost nothing"


_LOSS_SHORTCUTS = [
    (F, "margin_ranking_loss"), (F, "multi_margin_loss"), (F, "hinge_embedding_loss"),
    (torch.nn, "MarginRankingLoss"), (torch.nn, "MultiMarginLoss"),
]


def test_losses_are_written_by_hand():
    torch.manual_seed(4)
    x1, x2 = torch.randn(6), torch.randn(6)
    y = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0, -1.0])
    s = torch.randn(6, 3)
    t = torch.tensor([0, 2, 1, 1, 0, 2])
    rel = torch.tensor([2, 0, 1, 1, 0, 2])
    with switched_off(_LOSS_SHORTCUTS, "write the hinge with clamp / relu and reduce it yourself"):
        got_rank = margin_ranking_loss(x1, x2, y, 0.2, "sum")
        got_multi = multi_margin_loss(s, t, p=2, margin=0.5)
        got_pair = pairwise_ranking_loss(s[:, 0], rel)
    torch.testing.assert_close(got_rank, torch.nn.MarginRankingLoss(0.2, reduction="sum")(x1, x2, y),
                               msg="margin ranking loss, margin 0.2, sum")
    torch.testing.assert_close(got_multi, torch.nn.MultiMarginLoss(p=2, margin=0.5)(s, t),
                               msg="multi-class hinge, p=2, margin 0.5")
    assert torch.isfinite(got_pair), "pairwise loss must be a finite scalar"


class _CountTorchCalls(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.calls += 1
        return func(*args, **(kwargs or {}))


def _torch_calls(fn, n):
    g = torch.Generator().manual_seed(n)
    scores = torch.randn(n, generator=g, dtype=torch.float64)
    relevance = torch.arange(n) % 4
    with _CountTorchCalls() as counter:
        fn(scores, relevance)
    return counter.calls


def test_pairwise_functions_are_vectorised():
    for fn in (pairwise_ranking_loss, pairwise_accuracy):
        small, large = _torch_calls(fn, 8), _torch_calls(fn, 32)
        assert large <= 2 * small + 10, (
            f"{fn.__name__} made {small} torch calls for n=8 but {large} for n=32: "
            "build all pairs at once with broadcasting (s[:, None] - s[None, :]) and a mask, "
            "not a Python loop over pairs"
        )


def test_weighted_multi_margin_mean_divides_by_the_batch_size():
    torch.manual_seed(5)
    s = torch.randn(6, 4, dtype=torch.float64)
    t = torch.tensor([0, 3, 3, 1, 2, 3])
    w = torch.tensor([0.2, 1.0, 3.0, 0.5], dtype=torch.float64)
    for p in (1, 2):
        got = multi_margin_loss(s, t, p=p, margin=1.0, weight=w, reduction="mean")
        want = torch.nn.MultiMarginLoss(p=p, weight=w, reduction="mean")(s, t)
        torch.testing.assert_close(got, want, msg=(
            f"p={p}, class weights, reduction='mean': average the weighted per-row losses over the N rows "
            "(MultiMarginLoss does not divide by the sum of the weights)"))
