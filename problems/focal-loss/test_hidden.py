import torch

from solution import focal_loss


def reference(logits, targets, gamma, alpha=None):
    p = torch.softmax(logits.double(), dim=1)
    pt = p[torch.arange(len(targets)), targets]
    w = torch.ones_like(pt) if alpha is None else alpha.double()[targets]
    return -w * (1 - pt) ** gamma * torch.log(pt)


def test_gamma_and_alpha_against_a_direct_formula():
    torch.manual_seed(1)
    logits = torch.randn(20, 4, dtype=torch.float64) * 2
    targets = torch.randint(0, 4, (20,))
    alpha = torch.tensor([0.25, 1.0, 2.0, 0.5], dtype=torch.float64)
    for gamma in [0.5, 1.0, 2.0, 5.0]:
        want = reference(logits, targets, gamma, alpha)
        torch.testing.assert_close(focal_loss(logits, targets, gamma, alpha, "none"), want,
                                   msg=f"per-row focal loss, gamma={gamma}, with alpha")
        torch.testing.assert_close(focal_loss(logits, targets, gamma, alpha, "mean"), want.mean(),
                                   msg="'mean' divides by N, not by the sum of alpha weights")
        torch.testing.assert_close(focal_loss(logits, targets, gamma, alpha, "sum"), want.sum())


def test_gradient_matches_the_direct_formula():
    torch.manual_seed(2)
    base = torch.randn(6, 3, dtype=torch.float64)
    targets = torch.tensor([0, 1, 2, 2, 1, 0])
    a = base.clone().requires_grad_(True)
    focal_loss(a, targets, gamma=2.0).backward()
    b = base.clone().requires_grad_(True)
    reference(b, targets, 2.0).mean().backward()
    torch.testing.assert_close(a.grad, b.grad, msg="gradient of the mean focal loss")


def test_extreme_logits_are_finite_with_finite_gradients():
    logits = torch.tensor([[1e4, 0.0, -1e4], [1e4, 0.0, -1e4], [-1e4, 1e4, 0.0]],
                          requires_grad=True)
    targets = torch.tensor([0, 2, 0])
    loss = focal_loss(logits, targets, gamma=2.0, reduction="none")
    assert torch.all(torch.isfinite(loss)), f"losses must be finite for logits of 1e4, got {loss}"
    torch.testing.assert_close(loss.detach(), torch.tensor([0.0, 2e4, 2e4]), rtol=1e-6, atol=1e-6,
                               msg="confident-right rows cost 0; confident-wrong rows cost the logit gap")
    loss.sum().backward()
    assert torch.all(torch.isfinite(logits.grad)), "gradients must be finite (use log_softmax)"


def test_focusing_downweights_easy_examples():
    logits = torch.tensor([[4.0, 0.0], [-1.0, 1.0]], dtype=torch.float64)
    targets = torch.tensor([0, 0])
    ce = focal_loss(logits, targets, gamma=0.0, reduction="none")
    fl = focal_loss(logits, targets, gamma=2.0, reduction="none")
    pt = torch.exp(-ce)
    torch.testing.assert_close(fl / ce, (1 - pt) ** 2, msg="focal / CE must equal (1 - p_t)^gamma")
    assert fl[0] / ce[0] < 0.001 < fl[1] / ce[1], "the easy example must be down-weighted far more"


def test_float32_logits_stay_float32_with_float64_alpha():
    torch.manual_seed(3)
    logits = torch.randn(5, 3)
    targets = torch.tensor([0, 1, 2, 1, 0])
    alpha = torch.tensor([0.2, 0.5, 0.3], dtype=torch.float64)
    for red in ("none", "sum", "mean"):
        got = focal_loss(logits, targets, 2.0, alpha, red)
        assert got.dtype == torch.float32, (
            f"reduction={red!r}: float32 logits must give a float32 loss even with a float64 alpha, "
            f"got {got.dtype} (cast alpha to the logits' dtype)")
    torch.testing.assert_close(focal_loss(logits, targets, 2.0, alpha, "none").double(),
                               reference(logits, targets, 2.0, alpha), rtol=1e-5, atol=1e-6,
                               msg="values with a float64 alpha")
