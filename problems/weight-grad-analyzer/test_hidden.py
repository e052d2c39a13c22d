import math

import torch
from torch import nn

from solution import find_issues, global_grad_norm, layer_report, snapshot


def model_with_grads(seed=0):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
    model(torch.randn(5, 4)).pow(2).sum().backward()
    return model


def test_nan_gradient_is_caught():
    model = model_with_grads()
    model[2].bias.grad[0] = float("nan")
    rep = layer_report(model)
    assert rep["2.bias"]["finite"] is False, "a nan in the gradient makes the entry non-finite"
    assert find_issues(rep) == [("2.bias", "nonfinite")], (
        f"got {find_issues(rep)}: comparisons with nan are always False, check finiteness explicitly")
    model[0].weight.grad[1, 1] = float("inf")
    assert ("0.weight", "nonfinite") in find_issues(layer_report(model)), "inf is non-finite too"


def test_vanishing_and_exploding_thresholds():
    model = model_with_grads(1)
    with torch.no_grad():
        g = model[0].weight.grad
        g.mul_(1e-9 / torch.linalg.vector_norm(g))
        b = model[2].weight.grad
        b.mul_(5e3 / torch.linalg.vector_norm(b))
    issues = find_issues(layer_report(model))
    assert issues == [("0.weight", "vanishing"), ("2.weight", "exploding")], f"got {issues}"
    issues = find_issues(layer_report(model), vanish=1e-10, explode=1e4)
    assert issues == [], f"the thresholds are parameters; with looser ones nothing is flagged, got {issues}"


def test_snapshot_copies_and_update_ratio_after_sgd():
    model = model_with_grads(2)
    before = snapshot(model)
    grads = {n: p.grad.clone() for n, p in model.named_parameters()}
    torch.optim.SGD(model.parameters(), lr=0.1).step()
    for name, p in model.named_parameters():
        assert not torch.equal(before[name], p.detach()), (
            f"snapshot of {name} changed with the model: copy the tensors (clone)")
    rep = layer_report(model, before)
    for name in before:
        want = 0.1 * grads[name].norm().item() / before[name].norm().item()
        assert math.isclose(rep[name]["update_ratio"], want, rel_tol=1e-4), (
            f"{name}: update ratio should be ||delta w|| / ||w_before|| = {want:.3g}, got {rep[name]['update_ratio']}")


def test_frozen_parameters_are_skipped_and_global_norm():
    model = model_with_grads(3)
    model[0].bias.requires_grad_(False)
    rep = layer_report(model)
    assert "0.bias" not in rep, "frozen parameters do not appear in the report"
    assert "0.bias" not in snapshot(model), "frozen parameters are not snapshotted"
    got = global_grad_norm(model)
    params = [p for p in model.parameters() if p.grad is not None]
    grads_before = [p.grad.clone() for p in params]
    want = torch.nn.utils.clip_grad_norm_(params, max_norm=float("inf")).item()
    assert math.isclose(got, want, rel_tol=1e-5), f"global norm {got} vs clip_grad_norm_ {want}"
    assert all(torch.equal(a, p.grad) for a, p in zip(grads_before, params)), "gradients must be untouched"
