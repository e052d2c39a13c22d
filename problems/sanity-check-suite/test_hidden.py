import math

import torch
import torch.nn.functional as F
from torch import nn

from _models import CentersOverBatch, IgnoresInput, data, mlp
from solution import check_batch_independence, check_init_loss, check_input_dependence, check_overfit_batch


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


def _dropout_mlp():
    return nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 3))


def test_forward_checks_leave_the_mode_alone():
    x, y = data(7)
    for training in (True, False):
        torch.manual_seed(7)
        model = _dropout_mlp().train(training)
        check_init_loss(model, x, y, 3)
        assert model.training == training, (
            f"check_init_loss changed the model's mode (training={training} before, {model.training} after)")
        check_input_dependence(model, x)
        assert model.training == training, (
            f"check_input_dependence changed the model's mode (training={training} before, {model.training} after)")


def test_input_dependence_uses_the_seeded_generator():
    torch.manual_seed(8)
    x, _ = data(8)
    model = mlp()
    g = torch.Generator().manual_seed(5)
    with torch.no_grad():
        want = (model(x) - model(torch.randn(x.shape, generator=g))).abs().max().item()
    torch.manual_seed(123)
    got = check_input_dependence(model, x, seed=5)["max_change"]
    assert abs(got - want) < 1e-6, (
        f"max_change should be {want:.6f} for x2 = torch.randn(x.shape, generator=Generator seeded 5), "
        f"got {got:.6f}: draw x2 from a generator seeded with `seed`, not from the global RNG")


def test_overfit_follows_the_stated_procedure():
    x, y = data(9)
    torch.manual_seed(4)
    model = mlp()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=3e-2)
    with torch.no_grad():
        want_initial = F.cross_entropy(model(x), y).item()
    for _ in range(12):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    with torch.no_grad():
        want_final = F.cross_entropy(model(x), y).item()
    rep = check_overfit_batch(mlp, x, y, steps=12, lr=3e-2, seed=4)
    assert math.isclose(rep["initial_loss"], want_initial, rel_tol=1e-5), (
        f"initial_loss should be {want_initial:.5f} (fresh model, before any step), got {rep['initial_loss']:.5f}")
    assert math.isclose(rep["final_loss"], want_final, rel_tol=1e-4, abs_tol=1e-6), (
        f"after 12 Adam steps (gradients zeroed before each) the loss is {want_final:.5f}, got "
        f"{rep['final_loss']:.5f}: zero the gradients every step and measure the loss again after the last step")


def test_batch_independence_checks_the_mode_it_is_given():
    torch.manual_seed(10)
    x, _ = data(10)
    model = nn.Sequential(nn.Linear(6, 12), nn.BatchNorm1d(12), nn.ReLU(), nn.Linear(12, 3)).train()
    rep = check_batch_independence(model, x, i=6)
    assert rep["leaking"] == [0, 1, 2, 3, 4, 5, 7] and not rep["ok"], (
        f"a BatchNorm model in train mode mixes every row into row 6, so all other rows leak: {rep}. "
        "Check the model in the mode it is in; do not switch it to eval")
    assert model.training, "check_batch_independence must leave the model in train mode"


class _FixedLogits(nn.Module):
    """Logits z for the true class and 0 elsewhere, so the cross-entropy is known exactly."""

    def __init__(self, y, num_classes, z):
        super().__init__()
        self.register_buffer("logits", torch.zeros(len(y), num_classes).scatter_(1, y[:, None], z))

    def forward(self, x):
        return self.logits[: x.shape[0]] + 0.0 * x.sum()


def test_init_loss_tolerance_is_relative_to_log_c():
    C = 10
    x, _ = data(11)
    y = torch.arange(8) % C
    for extra, ok in ((0.4, True), (-0.4, True), (0.7, False)):
        target = math.log(C) + extra
        z = math.log((C - 1) / (math.exp(target) - 1))       # makes the cross-entropy exactly `target`
        rep = check_init_loss(_FixedLogits(y, C, z), x, y, C)
        assert math.isclose(rep["loss"], target, rel_tol=1e-5), (
            f"loss should be the mean cross-entropy {target:.5f}, got {rep['loss']:.5f}")
        assert bool(rep["ok"]) == ok, (
            f"loss {target:.3f} vs log(10) = {math.log(C):.3f}: the difference {abs(extra)} is "
            f"{'within' if ok else 'beyond'} rel_tol * log(10) = {0.25 * math.log(C):.3f}, so ok must be {ok}")
