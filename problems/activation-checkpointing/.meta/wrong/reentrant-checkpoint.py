# Mistake: uses the reentrant checkpoint, so parameters get no gradient when x does not require grad.
import warnings

import torch
from torch.utils.checkpoint import checkpoint


def checkpointed_sequential(layers, x, segments):
    layers = list(layers)
    if not layers:
        return x
    segments = max(1, min(segments, len(layers)))
    base, extra = divmod(len(layers), segments)
    start = 0
    for i in range(segments):
        size = base + (1 if i < extra else 0)
        chunk = layers[start:start + size]

        def run(inp, chunk=chunk):
            for layer in chunk:
                inp = layer(inp)
            return inp

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            x = checkpoint(run, x, use_reentrant=True)
        start += size
    return x
