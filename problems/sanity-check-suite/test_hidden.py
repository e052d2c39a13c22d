import torch
from torch import nn

from _models import CentersOverBatch, IgnoresInput, data, mlp
from solution import check_batch_independence, check_overfit_batch


def test_clean_model_is_independent_and_grads_untouched():
    torch.manual_seed(3)
    x, _ = data(3)
    model = mlp()
    x_before = x.clone()
    rep = check_batch_independence(model, x, i=5)
    assert rep["ok"] and rep["leaking"] == [], f"an MLP is per-example: {rep}"
    assert all(p.grad is None for p in model.parameters()), (
        "the check must not leave gradients on the parameters (use torch.autograd.grad)")
    assert torch.equal(x, x_before) and not x.requires_grad, "x must not be modified"


def test_batch_mean_bug_is_found_for_any_row():
    torch.manual_seed(4)
    x, _ = data(4)
    rep = check_batch_independence(CentersOverBatch(), x, i=3)
    assert rep["leaking"] == [0, 1, 2, 4, 5, 6, 7], f"x - x.mean(0) leaks every row into row 3: {rep}"


def test_overfit_one_batch():
    x, y = data(5)
    rep = check_overfit_batch(mlp, x, y, steps=150, lr=2e-2)
    assert rep["ok"] and rep["final_loss"] < 0.05, f"a small MLP must memorise 8 examples: {rep}"
    assert rep["initial_loss"] > 0.5, f"the initial loss is measured before training: {rep}"
    a = check_overfit_batch(mlp, x, y, steps=10, lr=1e-2, seed=3)
    b = check_overfit_batch(mlp, x, y, steps=10, lr=1e-2, seed=3)
    assert abs(a["final_loss"] - b["final_loss"]) < 1e-9, "seeded runs must be reproducible"
    bad = check_overfit_batch(IgnoresInput, x, y, steps=100, lr=2e-2)
    assert not bad["ok"] and bad["final_loss"] > 0.9, (
        f"a model that ignores x cannot fit labels that vary with x: {bad}")


def test_overfit_uses_the_requested_number_of_steps():
    x, y = data(6)
    calls = []

    def make():
        m = mlp()
        m.register_forward_hook(lambda *a: calls.append(1))
        return m

    rep = check_overfit_batch(make, x, y, steps=7, lr=1e-2, target=10.0)
    assert rep["ok"], "target 10 is always met"
    assert 7 <= len(calls) <= 9, f"7 training steps plus the initial/final evaluations, got {len(calls)} forwards"
