# Mistake: multiplies by the float32 tables as they are, so float16/bfloat16 inputs come back float32.
import torch


def rope_cos_sin(d_head: int, max_len: int, base: float = 10000.0):
    """Return (cos, sin), each float32 (max_len, d_head // 2), for angles p * base**(-2i/d_head)."""
    if d_head % 2:
        raise ValueError(f"d_head must be even for RoPE, got {d_head}")
    theta = base ** (-torch.arange(0, d_head, 2, dtype=torch.float64) / d_head)
    angles = torch.arange(max_len, dtype=torch.float64)[:, None] * theta[None, :]
    return angles.cos().float(), angles.sin().float()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, positions=None) -> torch.Tensor:
    """Rotate x (..., T, d_head) with the half-split convention (feature i pairs with i + d/2)."""
    T, d = x.shape[-2], x.shape[-1]
    if positions is None:
        positions = torch.arange(T, device=x.device)
    c = cos[positions]
    s = sin[positions]
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return torch.cat([x1 * c - x2 * s, x1 * s + x2 * c], dim=-1)
