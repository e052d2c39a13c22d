import torch
import torch.nn.functional as F

from _support import make_data, no_torch_bce
from solution import bce_with_logits, fit_logistic_regression, predict_proba


def test_loss_matches_torch_on_moderate_logits():
    z = torch.tensor([-3.0, -0.5, 0.0, 0.7, 4.0], dtype=torch.float64)
    y = torch.tensor([0.0, 1.0, 1.0, 0.0, 1.0], dtype=torch.float64)
    want = F.binary_cross_entropy_with_logits(z, y)
    with no_torch_bce():
        got = bce_with_logits(z, y)
    assert got.dim() == 0, "return the mean loss as a 0-dim tensor"
    torch.testing.assert_close(got, want, rtol=1e-10, atol=1e-12, msg="mean BCE from logits")


def test_loss_is_finite_for_huge_logits():
    z = torch.tensor([1000.0, -1000.0, 1000.0, -1000.0])
    y = torch.tensor([0.0, 1.0, 1.0, 0.0])
    with no_torch_bce():
        got = bce_with_logits(z, y)
    assert torch.isfinite(got), f"loss must be finite for logits of +-1000, got {got}"
    torch.testing.assert_close(got, torch.tensor(500.0), msg="two confident mistakes cost 1000 each, "
                                                             "two confident hits cost 0: mean 500")


def test_training_separates_the_classes():
    X, y = make_data()
    with no_torch_bce():
        model, losses = fit_logistic_regression(X, y)
        p = predict_proba(model, X)
    assert p.shape == y.shape, f"predict_proba must return shape {tuple(y.shape)}, got {tuple(p.shape)}"
    acc = float(((p > 0.5).float() == y).float().mean())
    assert acc >= 0.98, f"the data are separable; training accuracy should be >= 0.98, got {acc:.3f}"
