# dequantize computes and returns float64 instead of float32
import torch

QMIN, QMAX = -128, 127


def _reduce(x, axis, fn):
    if axis is None:
        return fn(x.reshape(-1), dim=0).values
    return fn(x.movedim(axis, 0).reshape(x.shape[axis], -1), dim=1).values


def calibrate(batches, symmetric, axis=None):
    """Return (scale float32, zero_point int64) from the min/max of all calibration batches."""
    lo = hi = None
    for b in batches:
        b = b.detach().float()
        bmin, bmax = _reduce(b, axis, torch.min), _reduce(b, axis, torch.max)
        lo = bmin if lo is None else torch.minimum(lo, bmin)
        hi = bmax if hi is None else torch.maximum(hi, bmax)
    lo = torch.clamp(lo, max=0.0)
    hi = torch.clamp(hi, min=0.0)
    eps = torch.finfo(torch.float32).eps
    if symmetric:
        scale = torch.maximum(-lo, hi) / ((QMAX - QMIN) / 2)
        scale = torch.clamp(scale, min=eps)
        zero_point = torch.zeros_like(scale, dtype=torch.int64)
    else:
        scale = torch.clamp((hi - lo) / (QMAX - QMIN), min=eps)
        zero_point = torch.clamp(QMIN - torch.round(lo / scale), QMIN, QMAX).to(torch.int64)
    return scale.float(), zero_point


def _shape(t, x, axis):
    t = torch.as_tensor(t)
    if axis is None or t.dim() == 0:
        return t
    shape = [1] * x.dim()
    shape[axis] = -1
    return t.view(shape)


def quantize(x, scale, zero_point, axis=None):
    """Map float x to int8 with the given (per-tensor or per-channel) parameters."""
    s, z = _shape(scale, x, axis), _shape(zero_point, x, axis)
    q = torch.round(x / s) + z
    return torch.clamp(q, QMIN, QMAX).to(torch.int8)


def dequantize(q, scale, zero_point, axis=None):
    """Map int8 q back to float32."""
    s, z = _shape(scale, q, axis), _shape(zero_point, q, axis)
    return (q.to(torch.int64) - z).double() * s.double()
