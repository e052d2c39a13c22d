import numpy as np
import torch
import torch.nn.functional as F

import solution as S

STRICT = dict(over="raise", divide="raise", invalid="raise")


def _x():
    return np.array([-7.5, -2.0, -0.3, 0.0, 0.4, 1.0, 3.0, 9.0])


def test_forward_matches_torch():
    x = _x()
    t = torch.from_numpy(x)
    cases = {
        "sigmoid": (S.sigmoid(x), torch.sigmoid(t)),
        "tanh": (S.tanh(x), torch.tanh(t)),
        "relu": (S.relu(x), F.relu(t)),
        "leaky_relu(0.2)": (S.leaky_relu(x, 0.2), F.leaky_relu(t, 0.2)),
        "softplus": (S.softplus(x), F.softplus(t)),
        "elu(1.5)": (S.elu(x, 1.5), F.elu(t, 1.5)),
    }
    for name, (got, want) in cases.items():
        got = np.asarray(got)
        assert got.shape == x.shape, f"{name}: shape {got.shape}, expected {x.shape}"
        np.testing.assert_allclose(got, want.numpy(), rtol=1e-7, atol=1e-12,
                                   err_msg=f"{name}(x) differs from torch")


def test_relu_derivative_is_zero_at_zero():
    g = S.relu_grad(np.array([-1.0, 0.0, 1e-12, 5.0]))
    np.testing.assert_array_equal(g, [0.0, 0.0, 1.0, 1.0],
                                  err_msg="relu'(x) is 1 for x > 0 and 0 for x <= 0 (0 at exactly 0)")


def test_sigmoid_is_stable_at_plus_minus_1000():
    x = np.array([-1000.0, 1000.0])
    try:
        with np.errstate(**STRICT):
            s = S.sigmoid(x)
            g = S.sigmoid_grad(x)
    except FloatingPointError as e:
        raise AssertionError(f"sigmoid raised '{e}' at |x| = 1000: exp(-x) overflows for x = -1000") from None
    np.testing.assert_array_equal(s, [0.0, 1.0], err_msg="sigmoid(-1000) = 0, sigmoid(1000) = 1")
    np.testing.assert_array_equal(g, [0.0, 0.0], err_msg="sigmoid' is 0 (to float64) at |x| = 1000")
