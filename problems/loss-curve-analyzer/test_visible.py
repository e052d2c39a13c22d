import numpy as np

from solution import diagnose

T = np.arange(40)
DECAY = 2 * np.exp(-T / 10) + 0.5


def test_healthy_and_overfitting_examples():
    rep = diagnose(DECAY)
    assert rep["label"] == "healthy", f"a steadily decaying curve is healthy, got {rep}"
    val = DECAY + 0.002 * np.maximum(T - 20, 0) ** 2
    rep = diagnose(DECAY, val)
    assert rep["label"] == "overfitting", f"val rises after epoch 20 while train falls: {rep}"
    assert set(rep) == {"label", "diverging", "overfitting", "oscillating", "plateaued"}, "keys"
    assert all(type(rep[f]) is bool for f in rep if f != "label"), "flags must be Python bools"


def test_diverging_and_plateau():
    assert diagnose(0.5 + 0.05 * T)["label"] == "diverging", "a rising curve diverges"
    nan_curve = DECAY.copy()
    nan_curve[25] = np.nan
    rep = diagnose(nan_curve)
    assert rep["label"] == "diverging" and not rep["plateaued"], f"nan means diverging: {rep}"
    flat = np.concatenate([DECAY[:20], np.full(20, DECAY[19])])
    assert diagnose(flat)["label"] == "plateaued", "no progress over the last 2 windows"
