import torch

from _helpers import assert_mostly_equal_ints, check_qparams, torch_qparams
from solution import calibrate, dequantize, quantize


def test_per_channel_params_match_observer():
    torch.manual_seed(2)
    weight = torch.randn(6, 10) * torch.linspace(0.1, 3.0, 6).view(-1, 1)
    acts = [torch.relu(torch.randn(12, 5)) * torch.arange(1, 6) for _ in range(3)]
    for symmetric in (True, False):
        check_qparams(calibrate([weight], symmetric, axis=0),
                      torch_qparams([weight], symmetric, axis=0),
                      f"weight per channel along axis 0, symmetric={symmetric}")
        check_qparams(calibrate(acts, symmetric, axis=1),
                      torch_qparams(acts, symmetric, axis=1),
                      f"activations per channel along axis 1, symmetric={symmetric}")


def test_quantize_matches_torch_quantizers():
    torch.manual_seed(3)
    x = torch.randn(8, 12) * 3
    scale, zp = calibrate([x], symmetric=False)
    want = torch.quantize_per_tensor(x, float(scale), int(zp), torch.qint8).int_repr()
    assert_mostly_equal_ints(quantize(x, scale, zp), want, "per-tensor")
    scale_c, zp_c = calibrate([x], symmetric=True, axis=1)
    q = quantize(x, scale_c, zp_c, axis=1)
    assert q.shape == x.shape and q.dtype == torch.int8, "per-channel quantize keeps the shape, int8"
    want_c = torch.quantize_per_channel(x, scale_c.double(), zp_c, 1, torch.qint8).int_repr()
    assert_mostly_equal_ints(q, want_c, "per-channel along axis 1")
    back = dequantize(q, scale_c, zp_c, axis=1)
    assert torch.all((back - x).abs() <= scale_c.view(1, -1) / 2 + 1e-6), (
        "per-channel round trip must stay within each channel's scale / 2"
    )


def test_constant_zero_calibration_stays_finite():
    for symmetric in (True, False):
        scale, zp = calibrate([torch.zeros(4, 4), torch.zeros(2, 4)], symmetric=symmetric)
        eps = torch.finfo(torch.float32).eps
        assert float(scale) == eps, f"an all-zero range should give scale = eps, got {float(scale)}"
        q = quantize(torch.tensor([0.0, 1.0, -1.0]), scale, zp)
        x = dequantize(q, scale, zp)
        assert torch.isfinite(x).all() and x[0] == 0.0, (
            f"symmetric={symmetric}: no NaN/inf for a zero range, and 0 stays 0; got {x.tolist()}"
        )


def test_positive_only_data_uses_the_whole_int8_range():
    batches = [torch.tensor([0.5, 2.0]), torch.tensor([6.0, 1.0])]
    scale, zp = calibrate(batches, symmetric=False)
    assert int(zp) == -128, f"data in [0, 6] should put the zero point at -128, got {int(zp)}"
    assert abs(float(scale) - 6.0 / 255) < 1e-7, f"scale should be 6/255, got {float(scale)}"
    q = quantize(torch.tensor([0.0, 6.0]), scale, zp)
    assert q.tolist() == [-128, 127], f"0 and 6 should map to -128 and 127, got {q.tolist()}"


def test_batches_may_be_a_generator():
    torch.manual_seed(4)
    data = [torch.randn(5, 3) * (i + 1) for i in range(4)]
    for symmetric in (True, False):
        for axis in (None, 1):
            check_qparams(calibrate((b for b in data), symmetric, axis=axis),
                          torch_qparams(data, symmetric, axis=axis),
                          f"batches given as a generator (it can be walked only once), symmetric={symmetric}, "
                          f"axis={axis}")


def test_round_half_to_even():
    scale, zp = torch.tensor(0.5), torch.tensor(0)
    x = torch.tensor([0.25, 0.75, 1.25, -0.25, -0.75])    # x / scale = 0.5, 1.5, 2.5, -0.5, -1.5
    q = quantize(x, scale, zp)
    assert q.tolist() == [0, 2, 2, 0, -2], (
        f"x / scale = [0.5, 1.5, 2.5, -0.5, -1.5] must round half to even (torch.round) to "
        f"[0, 2, 2, 0, -2], got {q.tolist()}")


def test_per_channel_along_axis_0_of_a_square_tensor():
    torch.manual_seed(6)
    w = torch.randn(16, 16) * torch.linspace(0.1, 20.0, 16).view(-1, 1)
    scale, zp = calibrate([w], symmetric=False, axis=0)
    q = quantize(w, scale, zp, axis=0)
    want = torch.quantize_per_channel(w, scale.double(), zp, 0, torch.qint8).int_repr()
    assert_mostly_equal_ints(q, want, "per-channel along axis 0 (row i uses scale[i] and zero_point[i])")
    back = dequantize(q, scale, zp, axis=0)
    assert torch.all((back - w).abs() <= scale.view(-1, 1) / 2 + 1e-6), (
        "axis=0: channel i is row i, so each row's round trip must stay within its own scale / 2")


def test_dequantize_returns_float32_for_both_granularities():
    torch.manual_seed(8)
    x = torch.randn(5, 6)
    for axis in (None, 1):
        scale, zp = calibrate([x], symmetric=False, axis=axis)
        back = dequantize(quantize(x, scale, zp, axis=axis), scale, zp, axis=axis)
        assert back.dtype == torch.float32, f"axis={axis}: dequantize must return float32, got {back.dtype}"
        assert back.shape == x.shape, f"axis={axis}: dequantize keeps the shape"
