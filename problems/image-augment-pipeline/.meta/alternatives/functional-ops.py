# Correct alternative: ops built on np.flip / a zero canvas / np.round; Compose copies once at the end.
import numpy as np


class HFlip:
    def __init__(self, p=0.5):
        self.p = float(p)

    def __call__(self, img, rng):
        flip = rng.random() < self.p
        return np.ascontiguousarray(np.flip(img, axis=1)) if flip else np.array(img)


class RandomCrop:
    def __init__(self, size, padding=0):
        self.size, self.padding = int(size), int(padding)

    def __call__(self, img, rng):
        H, W = img.shape[:2]
        pad, s = self.padding, self.size
        if s > H + 2 * pad or s > W + 2 * pad:
            raise ValueError("crop larger than the padded image")
        canvas = np.zeros((H + 2 * pad, W + 2 * pad) + img.shape[2:], dtype=img.dtype)
        canvas[pad:pad + H, pad:pad + W] = img
        top = rng.integers(H + 2 * pad - s + 1)
        left = rng.integers(W + 2 * pad - s + 1)
        return canvas[top:top + s, left:left + s].copy()


class GaussianNoise:
    def __init__(self, std, p=1.0):
        self.std, self.p = float(std), float(p)

    def __call__(self, img, rng):
        if not rng.random() < self.p:
            return np.array(img)
        noise = rng.normal(scale=self.std, size=img.shape)
        if img.dtype == np.uint8:
            return np.round(img + noise).clip(0, 255).astype(np.uint8)
        return (img + noise).astype(img.dtype)


class Compose:
    def __init__(self, ops):
        self.ops = tuple(ops)

    def __call__(self, img, label, seed):
        rng = np.random.default_rng(seed)
        out = img
        for op in self.ops:
            out = op(out, rng)
        if np.shares_memory(out, img):
            out = out.copy()
        return out, label
