# Mistake: the tanh-form forward applies sqrt(2/pi) to x only, not to the whole x + 0.044715 x^3.
import math

import torch

_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_INV_SQRT_2 = 1.0 / math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_C = 0.044715


def _check(approximate):
    if approximate not in ("none", "tanh"):
        raise ValueError(f"approximate must be 'none' or 'tanh', got {approximate!r}")


def gelu(x, approximate="none"):
    _check(approximate)
    if approximate == "none":
        return 0.5 * x * (1.0 + torch.erf(x * _INV_SQRT_2))
    u = _SQRT_2_OVER_PI * x + _C * x * x * x
    return 0.5 * x * (1.0 + torch.tanh(u))


def gelu_grad(x, approximate="none"):
    _check(approximate)
    if approximate == "none":
        cdf = 0.5 * (1.0 + torch.erf(x * _INV_SQRT_2))
        pdf = _INV_SQRT_2PI * torch.exp(-0.5 * x * x)
        return cdf + x * pdf
    x2 = x * x
    t = torch.tanh(_SQRT_2_OVER_PI * (x + _C * x2 * x))
    du = _SQRT_2_OVER_PI * (1.0 + 3.0 * _C * x2)
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du


def silu(x):
    return x * torch.sigmoid(x)


def silu_grad(x):
    s = torch.sigmoid(x)
    return s * (1.0 + x * (1.0 - s))
