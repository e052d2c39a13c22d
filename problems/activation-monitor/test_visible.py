import torch
from torch import nn

from solution import ActivationMonitor


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Tanh())


def test_records_one_entry_per_forward_with_correct_stats():
    model = make_model()
    x = torch.randn(16, 4)
    mon = ActivationMonitor(model)
    model(x)
    model(x)
    assert sorted(mon.history) == ["1", "3"], f"hook the ReLU and Tanh by name, got {sorted(mon.history)}"
    assert len(mon.history["1"]) == 2, "two forward passes, two records"
    h = model[1](model[0](x)).detach()
    s = mon.latest()["1"]
    assert all(isinstance(v, float) for v in s.values()), "statistics must be Python floats"
    assert abs(s["mean"] - h.mean().item()) < 1e-6, "mean of the ReLU output"
    assert abs(s["std"] - h.std(unbiased=False).item()) < 1e-6, "population std (unbiased=False)"
    mon.remove()


def test_remove_detaches_every_hook():
    model = make_model()
    mon = ActivationMonitor(model)
    mon.remove()
    mon.remove()
    assert all(len(m._forward_hooks) == 0 for m in model.modules()), "remove() must detach all hooks"
    model(torch.randn(2, 4))
    assert all(len(v) == 0 for v in mon.history.values()), "no records after remove()"
