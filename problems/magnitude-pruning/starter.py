import torch


def magnitude_masks(weights, sparsity, scope="global"):
    """Boolean keep-masks pruning exactly round(sparsity * n) smallest-|w| entries."""
    # TODO: scope "layer" (per tensor) and "global" (all tensors ranked together)
    raise NotImplementedError


def l1_channel_mask(weight, amount):
    """Keep-mask over output channels, pruning the round(amount * out) lowest L1 norms."""
    # TODO
    raise NotImplementedError


def attach_masks(model, optimizer, masks):
    """Zero pruned weights now and after every optimizer.step()."""
    # TODO
    raise NotImplementedError
