import torch


def clip_grad_norm_(parameters, max_norm: float, norm_type: float = 2.0,
                    error_if_nonfinite: bool = False) -> torch.Tensor:
    """Scale all gradients together so that their global norm is at most max_norm.

    Returns the total norm measured BEFORE clipping.
    """
    # TODO
    raise NotImplementedError


def clip_grad_value_(parameters, clip_value: float) -> None:
    """Clamp every gradient element into [-clip_value, clip_value], in place."""
    # TODO
    raise NotImplementedError
