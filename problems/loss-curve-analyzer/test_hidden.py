import numpy as np
import pytest

from solution import diagnose

T = np.arange(40)
DECAY = 2 * np.exp(-T / 10) + 0.5


def test_oscillation_beats_plateau_and_needs_amplitude():
    zig = DECAY.copy()
    zig[-10:] += 0.2 * (-1.0) ** np.arange(10)
    rep = diagnose(zig)
    assert rep["oscillating"] and rep["label"] == "oscillating", f"alternating last 10 steps: {rep}"
    tiny = np.concatenate([DECAY[:30], np.full(10, 0.6) + 1e-5 * (-1.0) ** np.arange(10)])
    rep = diagnose(tiny)
    assert not rep["oscillating"], "flips of size 1e-5 on a loss of 0.6 are below the amplitude rule"
    assert rep["label"] == "plateaued", f"that curve is flat: {rep}"


def test_flip_count_boundary():
    base = np.linspace(3.0, 1.0, 40)
    k = 5
    # exactly 4 flips among the 8 neighbouring pairs of the last 9 differences -> oscillating
    tail = np.array([2.0, 1.5, 1.8, 1.3, 1.6, 1.1, 1.0, 0.9, 0.8, 0.7])
    curve = np.concatenate([base[:30], tail])
    d = np.diff(tail)
    assert int(np.sum(d[:-1] * d[1:] < 0)) == 4, "test data: 4 flips"
    assert diagnose(curve, window=k)["oscillating"], "4 flips out of 8 pairs is 'at least half'"
    tail3 = np.array([2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.2, 1.4, 1.0, 1.2])  # 3 flips
    d3 = np.diff(tail3)
    assert int(np.sum(d3[:-1] * d3[1:] < 0)) == 3, "test data: 3 flips"
    curve3 = np.concatenate([base[:30], tail3])
    assert not diagnose(curve3, window=k)["oscillating"], "3 flips out of 8 is below half"


def test_overfitting_boundaries():
    train = DECAY
    n, k = 40, 5
    val = np.concatenate([np.linspace(3, 1, n - k), np.linspace(1.2, 1.3, k)])
    val[n - k] = 0.9  # the minimum sits inside the last window -> not overfitting yet
    assert not diagnose(train, val)["overfitting"], "a minimum inside the last window does not count"
    val2 = val.copy()
    val2[n - k] = 1.2
    val2[n - k - 1] = 0.9  # minimum just before the last window
    assert diagnose(train, val2)["overfitting"], "minimum at index n - k - 1 with val rising: overfitting"
    rising_train = 0.5 + 0.05 * T
    rep = diagnose(rising_train, val2)
    assert rep["label"] == "diverging", "diverging has precedence over overfitting"
    flat_val = np.concatenate([np.linspace(3, 1, 30), np.full(10, 1.005)])
    assert not diagnose(train, flat_val)["overfitting"], "a rise below tol (1%) is not overfitting"


def test_nonfinite_val_and_input_errors():
    val = DECAY.copy()
    val[3] = np.inf
    rep = diagnose(DECAY, val)
    assert rep["label"] == "diverging" and not rep["overfitting"], "inf in val means diverging"
    with pytest.raises(ValueError):
        diagnose(DECAY[:9], window=5)
    with pytest.raises(ValueError):
        diagnose(DECAY, DECAY[:-1])
    rep = diagnose(DECAY[:10], window=5)
    assert rep["label"] in {"healthy", "plateaued"}, "exactly 2 windows of data is allowed"


def test_a_slight_rise_at_the_end_is_a_plateau():
    curve = np.concatenate([DECAY[:30], np.full(5, 0.7), np.full(5, 0.75)])
    rep = diagnose(curve)
    assert rep["plateaued"] and rep["label"] == "plateaued", (
        f"mean(train[-2k:-k]) - mean(train[-k:]) = 0.7 - 0.75 < tol * 0.7, so the run is plateaued "
        f"(the rule is signed, no abs): {rep}")


def test_overfitting_needs_train_still_falling():
    val = DECAY + 0.002 * np.maximum(T - 20, 0) ** 2
    train = DECAY.copy()
    train[-5:] = 0.9                          # above train[argmin(val)]: train has stopped improving too
    i = int(np.argmin(val))
    assert train[-5:].mean() >= train[i], "test data: train is not falling"
    rep = diagnose(train, val)
    assert not rep["overfitting"], (
        f"overfitting also needs mean(train[-k:]) < train[i]; here {train[-5:].mean():.3f} >= {train[i]:.3f}: {rep}")


def test_overfitting_uses_the_first_minimum_of_val():
    val = np.concatenate([np.linspace(3, 0.9, 30), np.full(5, 1.2), [1.2, 1.3, 0.9, 1.3, 1.3]])
    assert val[29] == val[37] == val.min(), "test data: two equal minima, at 29 and 37"
    rep = diagnose(DECAY, val)
    assert rep["overfitting"], (
        f"i = np.argmin(val) is the FIRST minimum (29 < n - k = 35), so the run is overfitting: {rep}")


def test_flags_are_plain_python_bools():
    val = DECAY + 0.002 * np.maximum(T - 20, 0) ** 2
    for rep in (diagnose(DECAY, val), diagnose(np.full(40, 1.0))):
        for name in ("diverging", "overfitting", "oscillating", "plateaued"):
            assert type(rep[name]) is bool, f"{name} must be a plain Python bool, got {type(rep[name]).__name__}"


def test_nonfinite_val_turns_off_every_other_flag():
    flat_train = np.concatenate([DECAY[:30], np.full(10, 0.6)])     # plateaued on its own
    assert diagnose(flat_train)["plateaued"], "test data: this train curve is plateaued"
    val = flat_train.copy()
    val[-1] = np.nan
    rep = diagnose(flat_train, val)
    assert rep["diverging"] and rep["label"] == "diverging", f"nan in val means diverging: {rep}"
    assert not (rep["overfitting"] or rep["oscillating"] or rep["plateaued"]), (
        f"when any value of train or val is non-finite only diverging is evaluated; the other flags are False: {rep}")


def test_plateau_rule_is_strict():
    # mean(train[-2k:-k]) = 1.0 and mean(train[-k:]) = 0.75: the drop 0.25 equals tol * 1.0 exactly
    train = np.concatenate([np.linspace(4.0, 1.25, 30), np.full(5, 1.0), np.full(5, 0.75)])
    rep = diagnose(train, tol=0.25)
    assert not rep["plateaued"] and rep["label"] == "healthy", (
        f"plateaued needs a drop strictly below tol * |mean(train[-2k:-k])|; a drop exactly equal to it is "
        f"not a plateau: {rep}")


def test_overfitting_rise_is_measured_against_tol():
    val = np.concatenate([np.linspace(3, 1, 30), np.full(10, 1.03)])     # rises 3% above its minimum 1.0
    assert diagnose(DECAY, val)["overfitting"], "a 3% rise is above the default tol of 1%: overfitting"
    rep = diagnose(DECAY, val, tol=0.05)
    assert not rep["overfitting"], f"with tol=0.05 a 3% rise is below the threshold val[i] * (1 + tol): {rep}"
