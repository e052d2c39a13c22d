# RandomCrop pads into a float64 np.zeros buffer, so a uint8 or float32 image comes back as float64
import numpy as np


class HFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, img, rng):
        if rng.random() < self.p:
            return img[:, ::-1].copy()
        return img.copy()


class RandomCrop:
    def __init__(self, size, padding=0):
        self.size = size
        self.padding = padding

    def __call__(self, img, rng):
        p, s = self.padding, self.size
        h, w = img.shape[0] + 2 * p, img.shape[1] + 2 * p
        if s > h or s > w:
            raise ValueError(f"crop {s} does not fit a padded image of {h}x{w}")
        padded = np.zeros((h, w, img.shape[2]))
        padded[p:p + img.shape[0], p:p + img.shape[1]] = img
        top = int(rng.integers(0, h - s + 1))
        left = int(rng.integers(0, w - s + 1))
        return padded[top:top + s, left:left + s].copy()


class GaussianNoise:
    def __init__(self, std, p=1.0):
        self.std = std
        self.p = p

    def __call__(self, img, rng):
        if rng.random() >= self.p:
            return img.copy()
        noisy = img.astype(np.float64) + rng.normal(0.0, self.std, size=img.shape)
        if img.dtype == np.uint8:
            return np.clip(np.rint(noisy), 0, 255).astype(np.uint8)
        return noisy.astype(img.dtype)


class Compose:
    def __init__(self, ops):
        self.ops = list(ops)

    def __call__(self, img, label, seed):
        rng = np.random.default_rng(seed)
        out = img.copy()
        for op in self.ops:
            out = op(out, rng)
        return out, label
