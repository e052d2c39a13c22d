# Correct: full-width tables and the rotate_half trick, x * cos + rotate_half(x) * sin.
import math

import torch


def rope_cos_sin(d_head: int, max_len: int, base: float = 10000.0):
    if d_head % 2 != 0:
        raise ValueError("RoPE needs an even head dimension")
    i = torch.arange(d_head // 2, dtype=torch.float64)
    inv_freq = torch.exp(-2.0 * i / d_head * math.log(base))
    angles = torch.outer(torch.arange(max_len, dtype=torch.float64), inv_freq)
    return torch.cos(angles).to(torch.float32), torch.sin(angles).to(torch.float32)


def _rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


def apply_rope(x, cos, sin, positions=None):
    if positions is None:
        positions = torch.arange(x.shape[-2])
    c = torch.cat((cos, cos), dim=-1).index_select(0, positions).to(x.dtype)
    s = torch.cat((sin, sin), dim=-1).index_select(0, positions).to(x.dtype)
    return x * c + _rotate_half(x) * s
