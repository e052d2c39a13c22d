# Alternative: gains from a table, fans via functools.reduce, fills as a unit draw scaled in place,
# and the experiment initialises each layer as soon as it is built and applies F.linear itself.
import functools
import math
import operator

import torch
import torch.nn.functional as F

_FIXED_GAINS = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3.0, "relu": math.sqrt(2.0)}


def calculate_gain(nonlinearity, param=None):
    if nonlinearity in _FIXED_GAINS:
        return _FIXED_GAINS[nonlinearity]
    if nonlinearity != "leaky_relu":
        raise ValueError(f"no gain known for {nonlinearity!r}")
    slope = 0.01 if param is None else param
    return math.sqrt(2.0 / (1.0 + slope ** 2))


def fan_in_and_fan_out(shape):
    dims = list(shape)
    if len(dims) < 2:
        raise ValueError("a weight needs at least 2 dimensions")
    receptive = functools.reduce(operator.mul, dims[2:], 1)
    return dims[1] * receptive, dims[0] * receptive


@torch.no_grad()
def _uniform_with_std(tensor, std):
    return tensor.uniform_(-1.0, 1.0).mul_(math.sqrt(3.0) * std)


@torch.no_grad()
def _normal_with_std(tensor, std):
    return tensor.normal_().mul_(std)


def _xavier_std(tensor, gain):
    fan_in, fan_out = fan_in_and_fan_out(tensor.shape)
    return gain * math.sqrt(2.0 / (fan_in + fan_out))


def _kaiming_std(tensor, a, mode, nonlinearity):
    fans = dict(zip(("fan_in", "fan_out"), fan_in_and_fan_out(tensor.shape)))
    if mode not in fans:
        raise ValueError(f"unknown mode {mode!r}")
    return calculate_gain(nonlinearity, a) / math.sqrt(fans[mode])


def xavier_uniform_(tensor, gain=1.0):
    return _uniform_with_std(tensor, _xavier_std(tensor, gain))


def xavier_normal_(tensor, gain=1.0):
    return _normal_with_std(tensor, _xavier_std(tensor, gain))


def kaiming_uniform_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    return _uniform_with_std(tensor, _kaiming_std(tensor, a, mode, nonlinearity))


def kaiming_normal_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    return _normal_with_std(tensor, _kaiming_std(tensor, a, mode, nonlinearity))


def activation_second_moments(init_fn, depth=20, width=256, batch=512, seed=0):
    torch.manual_seed(seed)
    weights = []
    for _ in range(depth):
        layer = torch.nn.Linear(width, width, bias=False)
        with torch.no_grad():
            init_fn(layer.weight)
        weights.append(layer.weight.detach())
    h = torch.randn(batch, width)
    moments = []
    for w in weights:
        h = F.relu(F.linear(h, w))
        moments.append(h.square().mean().item())
    return moments
