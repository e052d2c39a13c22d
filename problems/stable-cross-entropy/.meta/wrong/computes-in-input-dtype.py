# Mistake: computes in the logits' own dtype, so float32 logits give float32-accurate losses instead of float64
import numpy as np


def _parts(logits, targets, ignore_index, label_smoothing):
    z = np.asarray(logits)
    t = np.asarray(targets)
    n, c = z.shape
    keep = t != ignore_index
    m = z.max(axis=1, keepdims=True)
    logp = z - (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True)))
    q = np.full((n, c), label_smoothing / c, dtype=z.dtype)
    rows = np.nonzero(keep)[0]
    q[rows, t[rows]] += 1.0 - label_smoothing
    q[~keep] = 0.0
    return logp, q, keep


def cross_entropy(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    logp, q, keep = _parts(logits, targets, ignore_index, label_smoothing)
    per_row = -(q * logp).sum(axis=1)
    if reduction == "none":
        return per_row
    total = float(per_row.sum())
    if reduction == "sum":
        return total
    k = int(keep.sum())
    return total / k if k else 0.0


def cross_entropy_grad(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    logp, q, keep = _parts(logits, targets, ignore_index, label_smoothing)
    g = np.exp(logp) - q
    g[~keep] = 0.0
    if reduction == "mean":
        k = int(keep.sum())
        g = g / k if k else g
    return g
