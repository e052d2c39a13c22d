import math

import pytest
import torch

from solution import (activation_second_moments, calculate_gain, fan_in_and_fan_out, kaiming_normal_,
                      kaiming_uniform_, xavier_normal_, xavier_uniform_)


def _check_uniform(w, std, what):
    bound = math.sqrt(3.0) * std
    m = float(w.abs().max())
    assert m <= bound * (1 + 1e-6), f"{what}: |w| must stay below sqrt(3)*std = {bound:.5f}, got {m:.5f}"
    assert m > bound * 0.995, f"{what}: max |w| = {m:.5f}, expected close to the bound {bound:.5f}"
    assert abs(float(w.std()) / std - 1) < 0.02, f"{what}: std {float(w.std()):.5f}, expected {std:.5f}"


def _check_normal(w, std, what):
    got = float(w.std())
    assert abs(got / std - 1) < 0.02, f"{what}: std {got:.5f}, expected {std:.5f}"
    assert abs(float(w.mean())) < 0.02 * std, f"{what}: mean should be 0"
    assert float(w.abs().max()) > 3.5 * std, f"{what}: no value beyond 3.5 std: this is not a normal draw"


def test_fans_for_various_shapes_and_1d_rejected():
    for shape in [(7, 2), (8, 4, 5), (10, 2, 3, 3, 3), (1, 1, 1, 1)]:
        want = torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(shape))
        assert tuple(fan_in_and_fan_out(shape)) == want, f"fans of {shape}: want {want}"
    with pytest.raises(ValueError):
        fan_in_and_fan_out((5,))


def test_unknown_names_are_rejected():
    with pytest.raises(ValueError):
        calculate_gain("swish")
    with pytest.raises(ValueError):
        kaiming_normal_(torch.empty(4, 4), mode="fan_avg")


def test_conv_weights_use_the_receptive_field():
    torch.manual_seed(2)
    w = torch.empty(128, 64, 3, 3)
    kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
    _check_normal(w, math.sqrt(2.0) / math.sqrt(128 * 9), "kaiming_normal_ fan_out on a (128, 64, 3, 3) conv")
    xavier_uniform_(w, gain=1.0)
    _check_uniform(w, math.sqrt(2.0 / (64 * 9 + 128 * 9)), "xavier_uniform_ on a (128, 64, 3, 3) conv")


def test_leaky_relu_slope_and_modes():
    torch.manual_seed(3)
    w = torch.empty(200, 1000, dtype=torch.float64)
    gain = math.sqrt(2.0 / (1 + 0.2 ** 2))
    kaiming_uniform_(w, a=0.2, mode="fan_out")
    assert w.dtype == torch.float64, "keep the tensor's dtype"
    _check_uniform(w, gain / math.sqrt(200), "kaiming_uniform_(a=0.2, mode='fan_out')")
    kaiming_normal_(w)  # defaults: a=0, fan_in, leaky_relu -> gain sqrt(2)
    _check_normal(w, math.sqrt(2.0) / math.sqrt(1000), "kaiming_normal_ with default arguments")
    xavier_normal_(w)
    _check_normal(w, math.sqrt(2.0 / 1200), "xavier_normal_ with gain 1")


def test_initialisers_work_on_parameters_and_return_them():
    layer = torch.nn.Linear(300, 100)
    for fn in (xavier_uniform_, xavier_normal_, kaiming_uniform_, kaiming_normal_):
        try:
            out = fn(layer.weight)
        except RuntimeError as e:
            raise AssertionError(f"{fn.__name__} failed on an nn.Parameter ({e}); use torch.no_grad()") from None
        assert out is layer.weight, f"{fn.__name__} must return the very tensor it filled"
        assert layer.weight.requires_grad, f"{fn.__name__} must leave the parameter trainable"


def test_kaiming_keeps_activations_alive_and_naive_init_kills_them():
    kaiming = activation_second_moments(lambda w: kaiming_normal_(w, nonlinearity="relu"))
    assert len(kaiming) == 20 and all(isinstance(v, float) for v in kaiming), \
        "return one Python float per layer (depth=20 by default)"
    assert all(0.25 < v < 4.0 for v in kaiming), (
        f"with Kaiming init mean(h^2) should stay near 1 through 20 ReLU layers, got "
        f"{[round(v, 3) for v in kaiming]}")
    naive = activation_second_moments(lambda w: w.normal_(0.0, 0.01))
    assert naive[0] < 0.05 and naive[-1] < 1e-20, (
        f"with N(0, 0.01^2) weights the signal should vanish layer after layer, got first "
        f"{naive[0]:.3g}, last {naive[-1]:.3g}: is the layer output passed on to the next layer?")
    shallow = activation_second_moments(lambda w: kaiming_uniform_(w, nonlinearity="relu"), depth=3,
                                        width=64, batch=128, seed=5)
    assert len(shallow) == 3 and all(0.25 < v < 4.0 for v in shallow), \
        f"depth/width/batch arguments must be honoured; got {shallow}"


def test_explicit_zero_slope_is_plain_relu():
    got = calculate_gain("leaky_relu", 0)
    assert math.isclose(got, math.sqrt(2.0), rel_tol=1e-12), (
        f"calculate_gain('leaky_relu', 0) must be sqrt(2) = {math.sqrt(2.0):.6f} (slope 0 is ReLU), got {got:.6f}: "
        "is a slope of 0 being replaced by the default 0.01?")
    assert math.isclose(calculate_gain("leaky_relu", 1.0), 1.0, rel_tol=1e-12), \
        "calculate_gain('leaky_relu', 1) must be 1 (slope 1 is the identity)"


def test_kaiming_passes_the_slope_a_to_the_gain():
    # a = sqrt(5) is what nn.Linear uses: gain sqrt(1/3), so the uniform bound is 1 / sqrt(fan_in)
    torch.manual_seed(6)
    w = torch.empty(200, 500)
    kaiming_uniform_(w, a=math.sqrt(5.0))
    _check_uniform(w, math.sqrt(1.0 / 3.0) / math.sqrt(500),
                   "kaiming_uniform_(a=sqrt(5)): the gain must use the slope a")
    kaiming_normal_(w, a=1.0, mode="fan_out")
    _check_normal(w, 1.0 / math.sqrt(200), "kaiming_normal_(a=1, mode='fan_out'): slope 1 gives gain 1")


def test_xavier_uniform_applies_the_gain():
    torch.manual_seed(7)
    w = torch.empty(300, 700)
    gain = math.sqrt(2.0)
    xavier_uniform_(w, gain=gain)
    _check_uniform(w, gain * math.sqrt(2.0 / 1000), "xavier_uniform_(gain=sqrt(2)): the bound must scale with gain")


def test_experiment_is_seeded_and_measures_the_relu_output():
    def init(w):
        return kaiming_normal_(w, nonlinearity="relu")

    torch.manual_seed(123)
    first = activation_second_moments(init, depth=4, width=128, batch=256, seed=3)
    torch.rand(17)  # move the global generator on: a seeded experiment must not care
    again = activation_second_moments(init, depth=4, width=128, batch=256, seed=3)
    assert first == again, (
        f"the same seed must give the same moments ({first} then {again}): call torch.manual_seed(seed) "
        "before building the layers")
    other = activation_second_moments(init, depth=4, width=128, batch=256, seed=4)
    assert other != first, "a different seed must give different draws: is `seed` passed to torch.manual_seed?"
    for seed in (0, 1, 2):
        m = activation_second_moments(init, depth=1, width=256, batch=512, seed=seed)
        assert 0.8 < m[0] < 1.25, (
            f"after one Kaiming layer mean(relu(h)^2) is about 1 (E[x^2] = 1), got {m[0]:.3f} (seed {seed}); "
            "about 2 means the moment was taken before the ReLU")


def test_both_kaiming_initialisers_reject_an_unknown_mode():
    for fn in (kaiming_uniform_, kaiming_normal_):
        with pytest.raises(ValueError):
            fn(torch.empty(6, 4), mode="fan_avg")
            pytest.fail(f"{fn.__name__}(mode='fan_avg') must raise ValueError: mode is 'fan_in' or 'fan_out'")


def test_xavier_normal_applies_the_gain():
    torch.manual_seed(8)
    w = torch.empty(400, 600)
    gain = calculate_gain("relu")
    xavier_normal_(w, gain=gain)
    _check_normal(w, gain * math.sqrt(2.0 / 1000), "xavier_normal_(gain=sqrt(2)): the std must scale with gain")
