# Correct alternative: peel off ceil(n / segments) layers at a time, each chunk wrapped in nn.Sequential.
import torch
from torch.utils.checkpoint import checkpoint


def checkpointed_sequential(layers, x, segments):
    layers = list(layers)
    segments = min(segments, len(layers))
    while layers:
        size = -(-len(layers) // segments)
        chunk, layers = torch.nn.Sequential(*layers[:size]), layers[size:]
        x = checkpoint(chunk, x, use_reentrant=False)
        segments -= 1
    return x
