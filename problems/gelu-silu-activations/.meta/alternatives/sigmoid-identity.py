# Correct alternative: the tanh form via 0.5 * (1 + tanh(u)) = sigmoid(2u); Phi and phi as small helpers.
import math

import torch

_K = math.sqrt(2.0 / math.pi)
_A = 0.044715


def _validate(approximate):
    if approximate != "none" and approximate != "tanh":
        raise ValueError("approximate must be 'none' or 'tanh'")


def _Phi(x):
    return 0.5 * torch.erfc(-x / math.sqrt(2.0))


def _phi(x):
    return torch.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)


def gelu(x, approximate="none"):
    _validate(approximate)
    if approximate == "tanh":
        return x * torch.sigmoid(2.0 * _K * (x + _A * x ** 3))
    return x * _Phi(x)


def gelu_grad(x, approximate="none"):
    _validate(approximate)
    if approximate == "tanh":
        s = torch.sigmoid(2.0 * _K * (x + _A * x ** 3))
        return s + x * 2.0 * s * (1.0 - s) * _K * (1.0 + 3.0 * _A * x ** 2)
    return _Phi(x) + x * _phi(x)


def silu(x):
    return x * torch.sigmoid(x)


def silu_grad(x):
    s = torch.sigmoid(x)
    return s + x * s * (1.0 - s)
