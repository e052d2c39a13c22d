import math

import torch

from solution import calculate_gain, fan_in_and_fan_out, kaiming_uniform_, xavier_normal_


def test_gains_and_fans_match_torch():
    for nl, param in [("linear", None), ("sigmoid", None), ("tanh", None), ("relu", None),
                      ("leaky_relu", None), ("leaky_relu", 0.2)]:
        want = torch.nn.init.calculate_gain(nl, param)
        got = calculate_gain(nl, param)
        assert math.isclose(got, want, rel_tol=1e-12), f"gain for {nl} (param={param}): {got}, want {want}"
    for shape in [(5, 3), (32, 16, 3, 3)]:
        want = torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(shape))
        got = tuple(fan_in_and_fan_out(shape))
        assert got == want, f"fans of a {shape} weight: got {got}, want (fan_in, fan_out) = {want}"


def test_kaiming_uniform_bound_and_std():
    torch.manual_seed(0)
    w = torch.empty(256, 784)
    out = kaiming_uniform_(w, mode="fan_in", nonlinearity="relu")
    assert out is w, "fill the tensor in place and return the same object"
    std = math.sqrt(2.0) / math.sqrt(784)
    bound = math.sqrt(3.0) * std
    m = float(w.abs().max())
    assert m <= bound * (1 + 1e-6), f"uniform values must lie in [-{bound:.5f}, {bound:.5f}], max |w| = {m:.5f}"
    assert m > bound * 0.999, f"max |w| = {m:.5f} is well below the bound {bound:.5f}: bound too small?"
    assert abs(float(w.std()) / std - 1) < 0.02, f"std {float(w.std()):.5f}, expected {std:.5f}"


def test_xavier_normal_std_with_tanh_gain():
    torch.manual_seed(1)
    w = torch.empty(256, 784)
    xavier_normal_(w, gain=5.0 / 3.0)
    std = 5.0 / 3.0 * math.sqrt(2.0 / (256 + 784))
    got = float(w.std())
    assert abs(got / std - 1) < 0.02, f"xavier_normal_ std {got:.5f}, expected gain*sqrt(2/(fan_in+fan_out)) = {std:.5f}"
    assert abs(float(w.mean())) < 0.02 * std, "weights should have mean 0"
