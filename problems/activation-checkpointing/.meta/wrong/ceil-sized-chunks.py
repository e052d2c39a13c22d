# Mistake: every chunk gets ceil(n / segments) layers, so 7 layers in 3 segments become 3, 3, 1 instead of 3, 2, 2.
import torch
from torch.utils.checkpoint import checkpoint


def _run_chunk(chunk):
    def run(inp):
        for layer in chunk:
            inp = layer(inp)
        return inp
    return run


def checkpointed_sequential(layers, x, segments):
    """Run `layers` on `x` in `segments` checkpointed chunks; return the output."""
    layers = list(layers)
    if not layers:
        return x
    segments = max(1, min(segments, len(layers)))
    size = -(-len(layers) // segments)
    start = 0
    while start < len(layers):
        x = checkpoint(_run_chunk(layers[start:start + size]), x, use_reentrant=False)
        start += size
    return x
