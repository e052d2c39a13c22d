import torch
import torch.nn.functional as F

from _support import TRUE_B, TRUE_W, make_data, no_torch_bce
from solution import LogisticRegression, bce_with_logits, fit_logistic_regression, predict_proba


def _grad(fn, z, y):
    t = z.detach().clone().requires_grad_(True)
    fn(t, y).backward()
    return t.grad


def test_loss_gradient_matches_torch_even_at_extremes():
    z = torch.tensor([-800.0, -40.0, -2.0, 0.0, 1.5, 40.0, 800.0], dtype=torch.float64)
    y = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0], dtype=torch.float64)
    want_v = F.binary_cross_entropy_with_logits(z, y)
    want_g = _grad(F.binary_cross_entropy_with_logits, z, y)
    with no_torch_bce():
        got_v = bce_with_logits(z, y)
        got_g = _grad(bce_with_logits, z, y)
    torch.testing.assert_close(got_v, want_v, rtol=1e-10, atol=1e-12, msg="loss value at extreme logits")
    assert torch.isfinite(got_g).all(), f"gradient must be finite everywhere, got {got_g}"
    torch.testing.assert_close(got_g, want_g, rtol=1e-8, atol=1e-12,
                               msg="d loss / d logits must be (sigmoid(z) - y) / N, also at |z| = 800 and exactly at z = 0 "
                                   "(0.5 - y there: every logit of a zero-initialised model is 0)")


def test_learned_boundary_and_held_out_accuracy():
    X, y = make_data(seed=1)
    with no_torch_bce():
        model, losses = fit_logistic_regression(X, y, lr=0.5, epochs=60, batch_size=16, seed=3)
    w = model.linear.weight.detach().reshape(-1)
    b = float(model.linear.bias.detach())
    cos = float(w @ TRUE_W / (w.norm() * TRUE_W.norm()))
    assert cos > 0.98, f"learned normal {w.tolist()} should point along the true {TRUE_W.tolist()} (cos {cos:.3f})"
    offset, true_offset = b / float(w.norm()), TRUE_B / float(TRUE_W.norm())
    assert abs(offset - true_offset) < 0.2, f"boundary offset b/|w| = {offset:.3f}, true {true_offset:.3f}"
    Xt, yt = make_data(n=1000, seed=99)
    acc = float(((predict_proba(model, Xt) > 0.5).float() == yt).float().mean())
    assert acc >= 0.97, f"held-out accuracy {acc:.3f} should be >= 0.97"
    assert len(losses) == 60 and losses[-1] < 0.15 and losses[-1] < losses[0] / 3, \
        f"per-epoch losses should fall well below the starting log 2 = 0.693; got {losses[0]:.3f} -> {losses[-1]:.3f}"


def test_probabilities_agree_with_torch_loss():
    X, y = make_data(n=200, seed=2)
    with no_torch_bce():
        model, _ = fit_logistic_regression(X, y, epochs=5, seed=0)
        p = predict_proba(model, X)
    assert not p.requires_grad, "predict_proba should not build an autograd graph"
    assert float(p.min()) >= 0.0 and float(p.max()) <= 1.0, "probabilities must lie in [0, 1]"
    logits = model(X).detach()
    want = torch.nn.BCEWithLogitsLoss()(logits, y)
    got = -torch.where(y == 1, torch.log(p), torch.log1p(-p)).mean()
    torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-6,
                               msg="predict_proba must be sigmoid(logits): its log-loss must equal torch's BCEWithLogits")


def test_zero_init_and_seeded_training():
    model = LogisticRegression(2)
    out = model(torch.randn(7, 2))
    assert out.shape == (7,), f"forward returns logits of shape (N,), got {tuple(out.shape)}"
    assert torch.all(out == 0), "weight and bias start at zero, so every initial logit is 0"
    X, y = make_data(n=120, seed=4)
    with no_torch_bce():
        m1, l1 = fit_logistic_regression(X, y, epochs=3, batch_size=8, seed=5)
        m2, l2 = fit_logistic_regression(X, y, epochs=3, batch_size=8, seed=5)
        m3, l3 = fit_logistic_regression(X, y, epochs=3, batch_size=8, seed=6)
    assert l1 == l2 and torch.equal(m1.linear.weight, m2.linear.weight), "same seed, same run"
    assert l1 != l3, "a different seed should shuffle the batches differently"


def test_epoch_loss_weights_batches_by_size():
    # 33 identical rows with label 1: whatever the shuffle, epoch 1 is a batch of 32 rows at the
    # zero model (loss log 2), one SGD step with lr=2 (the logit becomes 2), then a batch of 1 row.
    X = torch.tensor([[1.0, 0.0]], dtype=torch.float64).repeat(33, 1)
    y = torch.ones(33, dtype=torch.float64)
    with no_torch_bce():
        model, losses = fit_logistic_regression(X, y, lr=2.0, epochs=1, batch_size=32, seed=0)
    log2 = float(torch.log(torch.tensor(2.0, dtype=torch.float64)))
    last = float(torch.nn.functional.softplus(torch.tensor(-2.0, dtype=torch.float64)))
    want = (32 * log2 + 1 * last) / 33
    assert abs(losses[0] - want) < 1e-9, (
        f"epoch loss should be (32 * log 2 + 1 * {last:.4f}) / 33 = {want:.6f}, got {losses[0]:.6f}: average the "
        "batch losses weighted by batch size, over every row (keep the last, smaller batch)")
