import torch
import torch.nn.functional as F


def nt_xent_loss(z1, z2, temperature=0.5):
    """SimCLR NT-Xent loss over 2N views; the positive of row i is row i + N (mod 2N)."""
    # TODO: normalise, similarity / temperature, exclude self-similarity, cross-entropy
    raise NotImplementedError


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2.0, eps=1e-6, reduction="mean"):
    """max(d(a, p) - d(a, n) + margin, 0) with d(x, y) = ||x - y + eps||_p."""
    # TODO
    raise NotImplementedError
