import torch
from torch import nn

from solution import find_issues, layer_report


def test_norms_and_no_issues_on_a_healthy_model():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 2), nn.Linear(2, 1))
    model(torch.randn(4, 3)).sum().backward()
    rep = layer_report(model)
    assert list(rep) == ["0.weight", "0.bias", "1.weight", "1.bias"], f"names in order, got {list(rep)}"
    for name, p in model.named_parameters():
        r = rep[name]
        assert abs(r["weight_norm"] - torch.linalg.vector_norm(p).item()) < 1e-6, f"{name}: weight_norm"
        assert abs(r["grad_norm"] - torch.linalg.vector_norm(p.grad).item()) < 1e-6, f"{name}: grad_norm"
        assert r["finite"] is True and r["update_ratio"] is None, f"{name}: finite, no 'before' given"
    assert find_issues(rep) == [], f"a healthy model has no issues, got {find_issues(rep)}"


def test_unused_layer_has_no_grad():
    torch.manual_seed(1)
    model = nn.ModuleDict({"used": nn.Linear(2, 2), "unused": nn.Linear(2, 2)})
    model["used"](torch.randn(3, 2)).sum().backward()
    issues = find_issues(layer_report(model))
    assert issues == [("unused.weight", "no_grad"), ("unused.bias", "no_grad")], (
        f"parameters that never received a gradient are 'no_grad', got {issues}")
