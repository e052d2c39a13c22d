import torch


def checkpointed_sequential(layers, x, segments):
    """Run `layers` on `x` in `segments` checkpointed chunks; return the output.

    Only each chunk's input may be kept for backward; the chunk's activations are recomputed.
    """
    # TODO: split `layers` into contiguous chunks (sizes differ by at most 1, larger first)
    # TODO: run each chunk under activation checkpointing
    raise NotImplementedError
