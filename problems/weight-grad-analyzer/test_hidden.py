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


def test_nan_weight_with_a_finite_gradient_is_nonfinite():
    model = model_with_grads(4)
    with torch.no_grad():
        model[0].bias[1] = float("nan")
    rep = layer_report(model)
    assert rep["0.bias"]["finite"] is False, (
        "a nan in the weight itself makes the entry non-finite, even when its gradient is finite")
    assert find_issues(rep) == [("0.bias", "nonfinite")], f"got {find_issues(rep)}"


def test_large_but_finite_entries_are_finite():
    model = model_with_grads(5)
    with torch.no_grad():
        model[2].weight.grad.fill_(1e25)  # finite in float32, but its float32 norm overflows
    rep = layer_report(model)
    assert rep["2.weight"]["finite"] is True, (
        "entries of 1e25 are finite: check the entries (torch.isfinite), not a float32 norm that overflows to inf")
    assert find_issues(rep) == [("2.weight", "exploding")], f"a huge finite gradient is exploding, got {find_issues(rep)}"


def test_missing_gradient_comes_before_nonfinite():
    torch.manual_seed(6)
    model = nn.ModuleDict({"used": nn.Linear(2, 2), "unused": nn.Linear(2, 2)})
    model["used"](torch.randn(3, 2)).sum().backward()
    with torch.no_grad():
        model["unused"].weight[0, 0] = float("nan")
    rep = layer_report(model)
    assert rep["unused.weight"]["grad_norm"] is None, "a parameter without .grad has grad_norm None"
    issues = find_issues(rep)
    assert issues == [("unused.weight", "no_grad"), ("unused.bias", "no_grad")], (
        f"'no_grad' is checked first, so a nan weight that never got a gradient is 'no_grad', got {issues}")


def test_thresholds_are_strict():
    def entry(g):
        return {"weight_norm": 1.0, "grad_norm": g, "finite": True, "update_ratio": None}

    report = {"at_vanish": entry(1e-7), "at_explode": entry(1e3), "below": entry(9e-8), "above": entry(1001.0)}
    issues = find_issues(report)
    assert issues == [("below", "vanishing"), ("above", "exploding")], (
        f"vanishing is grad_norm < vanish and exploding is grad_norm > explode (strict), got {issues}")


def test_update_ratio_of_a_zero_initialised_parameter():
    model = model_with_grads(7)
    with torch.no_grad():
        model[2].bias.zero_()
    before = snapshot(model)
    with torch.no_grad():
        model[2].bias.add_(torch.tensor([3e-12, 4e-12]))
    rep = layer_report(model, before)
    got = rep["2.bias"]["update_ratio"]
    assert got is not None and math.isclose(got, 5.0, rel_tol=1e-4), (
        f"with ||before|| = 0 the denominator is the floor 1e-12, so the ratio is 5e-12 / 1e-12 = 5, got {got}")
    assert rep["0.weight"]["update_ratio"] == 0.0, "a parameter that did not move has update ratio 0"


def test_helpers_leave_the_model_untouched():
    model = model_with_grads(8)
    with torch.no_grad():
        model[0].weight.grad.mul_(100.0)  # a global norm well above 1
    weights = {n: p.detach().clone() for n, p in model.named_parameters()}
    grads = {n: p.grad.clone() for n, p in model.named_parameters()}
    want = math.sqrt(sum(float(g.double().norm()) ** 2 for g in grads.values()))
    before = snapshot(model)
    got = global_grad_norm(model)
    rep = layer_report(model, before)
    find_issues(rep)
    for name, p in model.named_parameters():
        assert torch.equal(p.detach(), weights[name]), f"{name}: the weights must not change"
        assert p.grad is not None and torch.equal(p.grad, grads[name]), (
            f"{name}: the gradient changed; measuring must not clip, scale or zero the gradients")
        assert p.requires_grad, f"{name}: requires_grad must stay True"
    assert math.isclose(got, want, rel_tol=1e-5), f"global grad norm {got}, want {want:.6g}"


def test_an_all_zero_gradient_is_vanishing_not_missing():
    model = model_with_grads(9)
    model[0].bias.grad.zero_()   # a dead unit: the gradient exists but is exactly 0
    rep = layer_report(model)
    assert rep["0.bias"]["grad_norm"] == 0.0, (
        f"a gradient of zeros has grad_norm 0.0 (not None), got {rep['0.bias']['grad_norm']}")
    issues = find_issues(rep)
    assert issues == [("0.bias", "vanishing")], (
        f"got {issues}: 'no_grad' means grad_norm is None; a grad_norm of 0.0 is below `vanish`")
