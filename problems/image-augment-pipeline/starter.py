import numpy as np


class HFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, img, rng):
        """Mirror left-right with probability p."""
        # TODO
        return img


class RandomCrop:
    def __init__(self, size, padding=0):
        self.size = size
        self.padding = padding

    def __call__(self, img, rng):
        """Zero-pad, then cut a size x size window at a uniformly random position."""
        # TODO
        return img


class GaussianNoise:
    def __init__(self, std, p=1.0):
        self.std = std
        self.p = p

    def __call__(self, img, rng):
        """Add N(0, std^2) noise; uint8 images are rounded and clipped to [0, 255]."""
        # TODO
        return img


class Compose:
    def __init__(self, ops):
        self.ops = list(ops)

    def __call__(self, img, label, seed):
        """Apply every op in order with one seeded generator; return (new_img, label)."""
        # TODO
        return img, label
