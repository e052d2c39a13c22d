# Mistake: xavier_normal_ forgets to multiply the std by `gain`
import math

import torch


def calculate_gain(nonlinearity, param=None):
    if nonlinearity in ("linear", "sigmoid"):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3.0
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else float(param)
        return math.sqrt(2.0 / (1.0 + slope * slope))
    raise ValueError(f"unsupported nonlinearity {nonlinearity!r}")


def fan_in_and_fan_out(shape):
    shape = tuple(shape)
    if len(shape) < 2:
        raise ValueError("fans need a weight with at least 2 dimensions")
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive


def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = fan_in_and_fan_out(tensor.shape)
    bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)


def xavier_normal_(tensor, gain=1.0):
    fan_in, fan_out = fan_in_and_fan_out(tensor.shape)
    std = math.sqrt(2.0 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.normal_(0.0, std)


def _kaiming_std(shape, a, mode, nonlinearity):
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(f"mode must be 'fan_in' or 'fan_out', got {mode!r}")
    fan_in, fan_out = fan_in_and_fan_out(shape)
    fan = fan_in if mode == "fan_in" else fan_out
    return calculate_gain(nonlinearity, a) / math.sqrt(fan)


def kaiming_uniform_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    bound = math.sqrt(3.0) * _kaiming_std(tensor.shape, a, mode, nonlinearity)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)


def kaiming_normal_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    std = _kaiming_std(tensor.shape, a, mode, nonlinearity)
    with torch.no_grad():
        return tensor.normal_(0.0, std)


def activation_second_moments(init_fn, depth=20, width=256, batch=512, seed=0):
    torch.manual_seed(seed)
    layers = [torch.nn.Linear(width, width, bias=False) for _ in range(depth)]
    with torch.no_grad():
        for layer in layers:
            init_fn(layer.weight)
        h = torch.randn(batch, width)
        out = []
        for layer in layers:
            h = torch.relu(layer(h))
            out.append(float(h.pow(2).mean()))
    return out
