# Mistake: Rotates by -angle (x1*cos + x2*sin, -x1*sin + x2*cos): norms and relative positions survive, values do not
import torch


def rope_cos_sin(d_head: int, max_len: int, base: float = 10000.0):
    if d_head % 2:
        raise ValueError("d_head must be even")
    theta = base ** (-torch.arange(0, d_head, 2, dtype=torch.float64) / d_head)
    angles = torch.arange(max_len, dtype=torch.float64)[:, None] * theta[None, :]
    return angles.cos().float(), angles.sin().float()


def apply_rope(x, cos, sin, positions=None):
    T, d = x.shape[-2], x.shape[-1]
    if positions is None:
        positions = torch.arange(T)
    c = cos[positions].to(x.dtype)
    s = sin[positions].to(x.dtype)
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return torch.cat([x1 * c + x2 * s, -x1 * s + x2 * c], dim=-1)
