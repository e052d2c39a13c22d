# Correct alternative: torch.amin/amax over a tuple of dims, broadcasting by unsqueeze, qparams by formula.
import torch

_QMIN, _QMAX = -128, 127


def calibrate(batches, symmetric, axis=None):
    lo, hi = None, None
    for b in batches:
        b = b.detach().to(torch.float32)
        dims = tuple(d for d in range(b.dim()) if axis is None or d != axis % b.dim())
        mn, mx = torch.amin(b, dim=dims), torch.amax(b, dim=dims)
        lo = mn if lo is None else torch.min(lo, mn)
        hi = mx if hi is None else torch.max(hi, mx)
    lo = lo.clamp(max=0)
    hi = hi.clamp(min=0)
    eps = torch.finfo(torch.float32).eps
    if symmetric:
        scale = (torch.max(-lo, hi) / 127.5).clamp(min=eps)
        zp = torch.zeros(scale.shape, dtype=torch.int64)
    else:
        scale = ((hi - lo) / 255.0).clamp(min=eps)
        zp = (_QMIN - torch.round(lo / scale)).clamp(_QMIN, _QMAX).long()
    return scale.to(torch.float32), zp


def _bcast(t, x, axis):
    t = torch.as_tensor(t)
    if axis is None:
        return t
    axis = axis % x.dim()
    for _ in range(x.dim() - axis - 1):
        t = t.unsqueeze(-1)
    return t


def quantize(x, scale, zero_point, axis=None):
    v = torch.round(x / _bcast(scale, x, axis)) + _bcast(zero_point, x, axis)
    return v.clamp(_QMIN, _QMAX).to(torch.int8)


def dequantize(q, scale, zero_point, axis=None):
    return ((q.long() - _bcast(zero_point, q, axis)) * _bcast(scale, q, axis)).to(torch.float32)
