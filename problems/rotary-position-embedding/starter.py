import torch


def rope_cos_sin(d_head: int, max_len: int, base: float = 10000.0):
    """Return (cos, sin), each float32 (max_len, d_head // 2), for angles p * base**(-2i/d_head)."""
    # TODO: ValueError for odd d_head; build the (max_len, d_head // 2) angle table
    raise NotImplementedError


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, positions=None) -> torch.Tensor:
    """Rotate x (..., T, d_head) with the half-split convention (feature i pairs with i + d/2)."""
    # TODO: positions default to arange(T); pick the rows of cos/sin; rotate the two halves
    raise NotImplementedError
