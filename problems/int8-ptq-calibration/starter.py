import torch

QMIN, QMAX = -128, 127


def calibrate(batches, symmetric, axis=None):
    """Return (scale float32, zero_point int64) from the min/max of all calibration batches."""
    # TODO: running min/max over all batches (per channel when axis is given)
    # TODO: include 0 in the range, then the symmetric or asymmetric formula
    raise NotImplementedError


def quantize(x, scale, zero_point, axis=None):
    """Map float x to int8 with the given (per-tensor or per-channel) parameters."""
    # TODO
    raise NotImplementedError


def dequantize(q, scale, zero_point, axis=None):
    """Map int8 q back to float32."""
    # TODO
    raise NotImplementedError
