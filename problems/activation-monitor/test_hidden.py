import torch
from torch import nn

from solution import ActivationMonitor


def test_dead_units_are_per_unit_not_per_element():
    torch.manual_seed(1)
    lin = nn.Linear(5, 10)
    with torch.no_grad():
        lin.bias[:3] = -100.0  # units 0, 1, 2 can never fire
    model = nn.Sequential(lin, nn.ReLU())
    with ActivationMonitor(model) as mon:
        model(torch.randn(64, 5))
    s = mon.latest()["1"]
    assert abs(s["dead_fraction"] - 0.3) < 1e-6, (
        f"3 of 10 units are dead, got dead_fraction={s['dead_fraction']}: a unit is dead only if "
        "it is <= 0 for every example (the fraction of zero elements is something else)")
    assert all(len(m._forward_hooks) == 0 for m in model.modules()), "leaving `with` removes hooks"


def test_saturation_and_nested_names():
    torch.manual_seed(2)
    inner = nn.Sequential(nn.Linear(3, 6), nn.Tanh())
    with torch.no_grad():
        inner[0].weight.mul_(50.0)
    model = nn.Sequential(inner, nn.Linear(6, 2), nn.ReLU())
    x = torch.randn(32, 3)
    with ActivationMonitor(model, saturation=0.99) as mon:
        out = model(x)
    assert set(mon.history) == {"0.1", "2"}, f"names come from named_modules(), got {set(mon.history)}"
    t = inner(x).detach()
    want = (t.abs() > 0.99).float().mean().item()
    got = mon.latest()["0.1"]["saturated_fraction"]
    assert want > 0.5 and abs(got - want) < 1e-6, f"saturated fraction should be {want:.4f}, got {got}"
    torch.testing.assert_close(out, model(x), msg="the monitor must not change the outputs")


def test_only_requested_types_and_no_graph_kept():
    torch.manual_seed(3)
    model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 4), nn.Tanh())
    mon = ActivationMonitor(model, layer_types=(nn.Tanh,))
    x = torch.randn(8, 4, requires_grad=True)
    model(x).sum().backward()
    assert list(mon.history) == ["3"], "only Tanh layers were requested"
    entry = mon.latest()["3"]
    assert set(entry) == {"mean", "std", "dead_fraction", "saturated_fraction"}, f"keys: {set(entry)}"
    assert all(type(v) is float for v in entry.values()), "store floats, not tensors (no graph kept alive)"
    mon.remove()
    assert mon.latest()["3"] is entry, "history survives remove()"


def test_works_on_conv_feature_maps():
    torch.manual_seed(4)
    model = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU())
    with torch.no_grad():
        model[0].bias[0] = -1e3  # channel 0 never fires
        model[0].bias[1] = 1e3  # channel 1 always does
    with ActivationMonitor(model) as mon:
        model(torch.randn(4, 1, 5, 5))
    s = mon.latest()["1"]
    assert abs(s["dead_fraction"] - 0.5) < 1e-6, (
        f"channel 0 (25 of 50 units per example) is dead; got {s['dead_fraction']}")
