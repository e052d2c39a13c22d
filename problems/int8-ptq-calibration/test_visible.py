import torch

from _helpers import check_qparams, torch_qparams
from solution import calibrate, dequantize, quantize


def test_example_from_prompt():
    scale, zp = calibrate([torch.tensor([0.0, 1.0]), torch.tensor([-0.5, 4.1])], symmetric=False)
    assert abs(float(scale) - 4.6 / 255) < 1e-7, f"scale should be 4.6 / 255, got {float(scale)}"
    assert int(zp) == -100, f"zero point should be -100, got {int(zp)}"
    q = quantize(torch.tensor([-0.5, 0.0, 4.1, 99.0]), scale, zp)
    assert q.dtype == torch.int8, f"quantize must return int8, got {q.dtype}"
    assert q.tolist() == [-128, -100, 127, 127], f"got {q.tolist()}"
    x = dequantize(q, scale, zp)
    assert x.dtype == torch.float32, f"dequantize must return float32, got {x.dtype}"
    assert x[1] == 0.0, "0.0 must be represented exactly (it maps to the zero point)"


def test_per_tensor_params_match_minmax_observer_over_all_batches():
    torch.manual_seed(0)
    batches = [torch.randn(16, 8) * 2 + 0.5 for _ in range(4)]
    batches[0][3, 3] = 9.0       # the extremes sit in different batches
    batches[2][1, 5] = -4.0
    for symmetric in (True, False):
        check_qparams(calibrate(batches, symmetric=symmetric),
                      torch_qparams(batches, symmetric), f"symmetric={symmetric}")


def test_round_trip_error_and_saturation():
    torch.manual_seed(1)
    calib = [torch.rand(64) * 5 - 1 for _ in range(3)]
    for symmetric in (True, False):
        scale, zp = calibrate(calib, symmetric=symmetric)
        lo = min(float(b.min()) for b in calib)
        hi = max(float(b.max()) for b in calib)
        x = torch.linspace(lo, hi, 1001)
        err = (dequantize(quantize(x, scale, zp), scale, zp) - x).abs().max()
        assert err <= float(scale) / 2 + 1e-6, (
            f"symmetric={symmetric}: round-trip error {err:.3g} exceeds scale/2 = {float(scale) / 2:.3g}"
        )
        q = quantize(torch.tensor([1e6, -1e6, 1e30, -1e30]), scale, zp)
        assert q.tolist() == [127, -128, 127, -128], (
            f"symmetric={symmetric}: far out-of-range values must saturate, got {q.tolist()}"
        )
