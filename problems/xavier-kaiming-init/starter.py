import math

import torch


def calculate_gain(nonlinearity: str, param: float | None = None) -> float:
    """Recommended gain for 'linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu' (param = slope)."""
    # TODO: ValueError for anything else
    raise NotImplementedError


def fan_in_and_fan_out(shape: tuple) -> tuple[int, int]:
    """(fan_in, fan_out) of a Linear (out, in) or Conv (out, in, *kernel) weight shape."""
    # TODO
    raise NotImplementedError


def xavier_uniform_(tensor: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    # TODO: fill in place from U(-bound, bound) and return `tensor`
    raise NotImplementedError


def xavier_normal_(tensor: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    # TODO
    raise NotImplementedError


def kaiming_uniform_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    # TODO
    raise NotImplementedError


def kaiming_normal_(tensor, a=0.0, mode="fan_in", nonlinearity="leaky_relu"):
    # TODO
    raise NotImplementedError


def activation_second_moments(init_fn, depth=20, width=256, batch=512, seed=0) -> list[float]:
    """mean(h**2) after each Linear -> ReLU layer of a bias-free MLP initialised by init_fn."""
    # TODO
    raise NotImplementedError
