import numpy as np
import torch
import torch.nn.functional as F

import solution as S

STRICT = dict(over="raise", divide="raise", invalid="raise")

PAIRS = [
    ("sigmoid", lambda x: S.sigmoid(x), lambda x: S.sigmoid_grad(x), torch.sigmoid),
    ("tanh", lambda x: S.tanh(x), lambda x: S.tanh_grad(x), torch.tanh),
    ("relu", lambda x: S.relu(x), lambda x: S.relu_grad(x), F.relu),
    ("leaky_relu(0.2)", lambda x: S.leaky_relu(x, 0.2), lambda x: S.leaky_relu_grad(x, 0.2),
     lambda t: F.leaky_relu(t, 0.2)),
    ("softplus", lambda x: S.softplus(x), lambda x: S.softplus_grad(x), F.softplus),
    ("elu(1.5)", lambda x: S.elu(x, 1.5), lambda x: S.elu_grad(x, 1.5), lambda t: F.elu(t, 1.5)),
]


def _autograd(fn, x):
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    fn(t).sum().backward()
    return t.grad.numpy()


def test_gradients_match_autograd():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.normal(0, 3, size=40), [0.0, -1e-9, 1e-9, -30.0, 30.0]]).reshape(5, 9)
    for name, _, grad, tfn in PAIRS:
        got = np.asarray(grad(x))
        assert got.shape == x.shape, f"{name}_grad: shape {got.shape}, expected {x.shape}"
        np.testing.assert_allclose(got, _autograd(tfn, x), rtol=1e-7, atol=1e-12,
                                   err_msg=f"{name}: derivative differs from torch autograd")


def test_kink_conventions_at_zero():
    z = np.zeros(3)
    np.testing.assert_array_equal(S.leaky_relu_grad(z, 0.2), [0.2] * 3,
                                  err_msg="leaky_relu'(0) must be negative_slope (torch's convention)")
    np.testing.assert_array_equal(S.elu_grad(z, 1.5), [1.5] * 3,
                                  err_msg="elu'(0) must be alpha (torch's convention)")
    np.testing.assert_array_equal(S.relu_grad(z), [0.0] * 3, err_msg="relu'(0) must be 0")


def test_everything_is_finite_and_warning_free_at_extremes():
    x = np.array([-1000.0, -710.0, -50.0, 0.0, 50.0, 710.0, 1000.0])
    t = torch.from_numpy(x)
    for name, fwd, grad, tfn in PAIRS:
        try:
            with np.errstate(**STRICT):
                y, g = np.asarray(fwd(x)), np.asarray(grad(x))
        except FloatingPointError as e:
            raise AssertionError(f"{name}: numpy raised '{e}' for |x| up to 1000; "
                                 "some exp overflows (check every branch of np.where)") from None
        assert np.all(np.isfinite(y)) and np.all(np.isfinite(g)), f"{name}: inf/NaN at |x| up to 1000"
        np.testing.assert_allclose(y, tfn(t).numpy(), rtol=1e-7, atol=1e-12,
                                   err_msg=f"{name}: wrong value at extreme inputs")
        np.testing.assert_allclose(g, _autograd(tfn, x), rtol=1e-7, atol=1e-12,
                                   err_msg=f"{name}: wrong derivative at extreme inputs")


def test_softplus_is_accurate_for_very_negative_inputs():
    x = np.array([-40.0, -100.0, -700.0])
    with np.errstate(**STRICT):
        got = S.softplus(x)
    want = np.exp(x)  # log(1 + e^x) = e^x to double precision here
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=0,
                               err_msg="softplus(x) is about e^x for very negative x, not 0: "
                                       "log(1 + tiny) loses it, log1p keeps it")


def test_float32_in_float32_out_and_input_untouched():
    x = np.array([[-100.0, -3.0, 0.0], [0.5, 3.0, 100.0]], dtype=np.float32)
    before = x.copy()
    for name, fwd, grad, tfn in PAIRS:
        try:
            with np.errstate(**STRICT):
                y, g = fwd(x), grad(x)
        except FloatingPointError as e:
            raise AssertionError(f"{name}: numpy raised '{e}' on float32 input with |x| = 100 "
                                 "(float32 exp overflows above ~88)") from None
        for what, arr in (("forward", y), ("grad", g)):
            assert isinstance(arr, np.ndarray) and arr.dtype == np.float32, (
                f"{name} {what}: float32 input must give a float32 array, got "
                f"{getattr(arr, 'dtype', type(arr))}")
            assert arr.shape == x.shape, f"{name} {what}: shape {arr.shape}, expected {x.shape}"
            assert np.all(np.isfinite(arr)), f"{name} {what}: inf/NaN on float32 input"
        np.testing.assert_allclose(y, tfn(torch.from_numpy(x)).numpy(), rtol=1e-5, atol=1e-6,
                                   err_msg=f"{name}: float32 forward differs from torch")
        np.testing.assert_array_equal(x, before, err_msg=f"{name} modified its input array")


def test_forward_is_accurate_just_below_zero():
    x = np.array([-1e-12, -1e-10, -3e-8, -1e-5, 1e-12])
    t = torch.from_numpy(x)
    for name, fwd, _, tfn in PAIRS:
        got = np.asarray(fwd(x))
        np.testing.assert_allclose(got, tfn(t).numpy(), rtol=1e-7, atol=0,
                                   err_msg=f"{name}: forward loses relative precision for inputs "
                                           "very close to 0 (watch for subtracting two nearly "
                                           "equal numbers)")
