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


def test_dead_units_are_positions_not_channels():
    # channel 0 is dead everywhere; channel 1 only in its first row (5 of 25 positions);
    # example 0 also has a few extra non-positive values that other examples do not share
    x = torch.ones(4, 2, 5, 5, dtype=torch.float64)
    x[:, 0] = -1.0
    x[:, 1, 0, :] = -2.0
    x[0, 1, 3, :] = -0.5
    model = nn.Sequential(nn.Identity(), nn.ReLU())
    with ActivationMonitor(model) as mon:
        model(x)
    got = mon.latest()["1"]["dead_fraction"]
    assert abs(got - 0.6) < 1e-6, (
        f"30 of the 50 (channel, row, column) units are <= 0 for every example, so dead_fraction "
        f"is 0.6; got {got} (a unit is one position after the batch dim, not a whole channel, "
        "and not a single element)")


def test_saturation_is_strictly_greater_than_the_threshold():
    model = nn.Sequential(nn.Identity(), nn.Tanh())
    y = torch.tensor([[0.5, -0.5, 0.9, 3.0]], dtype=torch.float64)
    with ActivationMonitor(model, saturation=float(torch.tanh(torch.tensor(0.9, dtype=torch.float64)))) as mon:
        model(y)
    got = mon.latest()["1"]["saturated_fraction"]
    assert abs(got - 0.25) < 1e-6, (
        f"only tanh(3.0) has |y| > saturation (tanh(0.9) equals it), so saturated_fraction is 0.25; "
        f"got {got}: the comparison is strict")


class _TwoBranch(nn.Module):
    def __init__(self):
        super().__init__()
        self.used = nn.ReLU()
        self.unused = nn.Tanh()

    def forward(self, x):
        return self.used(x)


def test_latest_skips_layers_that_never_ran():
    model = _TwoBranch()
    with ActivationMonitor(model) as mon:
        assert mon.latest() == {}, "before any forward pass latest() is an empty dict"
        model(torch.randn(3, 2))
    assert set(mon.history) == {"used", "unused"}, "history has a (possibly empty) list per hooked name"
    assert list(mon.latest()) == ["used"], (
        f"latest() maps only names with a non-empty history; got keys {list(mon.latest())}")


def test_gradients_are_unchanged_by_the_monitor():
    torch.manual_seed(5)
    model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3), nn.Tanh(), nn.Linear(3, 1))
    x = torch.randn(7, 4)
    model(x).sum().backward()
    want = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    with ActivationMonitor(model):
        model(x).sum().backward()
    for i, (p, w) in enumerate(zip(model.parameters(), want)):
        assert p.grad is not None, (
            f"parameter {i} got no gradient with the monitor attached: a hook that returns a "
            "detached output cuts the graph (return nothing from a forward hook)")
        torch.testing.assert_close(p.grad, w, msg=lambda m: f"gradient of parameter {i} changed\n{m}")


def test_mean_and_population_std_of_a_small_output():
    model = nn.Sequential(nn.Identity(), nn.ReLU())
    first = torch.tensor([[1.0, 3.0], [0.0, 0.0]], dtype=torch.float64)
    second = torch.tensor([[2.0, 2.0], [4.0, 4.0]], dtype=torch.float64)
    with ActivationMonitor(model) as mon:
        model(first)
        model(second)
    hist = mon.history["1"]
    assert len(hist) == 2, f"two forward passes should give two records in order, got {len(hist)}"
    assert abs(hist[0]["mean"] - 1.0) < 1e-9 and abs(hist[1]["mean"] - 3.0) < 1e-9, (
        f"means of the two passes should be 1.0 then 3.0, got {hist[0]['mean']} and {hist[1]['mean']}")
    want = float(first.std(unbiased=False))
    assert abs(hist[0]["std"] - want) < 1e-9, (
        f"std of [[1, 3], [0, 0]] over all 4 elements is the population std {want:.6f} "
        f"(divide by n, not n - 1); got {hist[0]['std']}")
    assert abs(hist[1]["std"] - 1.0) < 1e-9, (
        f"population std of [[2, 2], [4, 4]] is 1.0, got {hist[1]['std']}")


class _ScaledTanh(nn.Tanh):
    def forward(self, x):
        return 2.0 * super().forward(x)


def test_subclasses_of_a_requested_type_are_hooked():
    model = nn.Sequential(nn.Linear(3, 4), _ScaledTanh(), nn.Linear(4, 2), nn.ReLU())
    with ActivationMonitor(model) as mon:
        model(torch.randn(5, 3))
    assert set(mon.history) == {"1", "3"}, (
        f"a module whose class subclasses nn.Tanh is an instance of nn.Tanh and must be hooked; "
        f"hooked names: {sorted(mon.history)}")
    assert len(mon.history["1"]) == 1, "the subclassed layer ran once, so it has one record"
