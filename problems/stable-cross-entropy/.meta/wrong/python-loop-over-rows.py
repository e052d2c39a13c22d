# Mistake: computes each row's loss in a Python loop instead of vectorising over rows.
import math

import numpy as np


def _row(z, t, eps):
    m = max(z)
    lse = m + math.log(sum(math.exp(v - m) for v in z))
    c = len(z)
    logp = [v - lse for v in z]
    q = [eps / c + (1.0 - eps if j == t else 0.0) for j in range(c)]
    return logp, q


def cross_entropy(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    z = np.asarray(logits, dtype=np.float64)
    losses = np.zeros(len(z))
    kept = 0
    for i, t in enumerate(np.asarray(targets)):
        if t == ignore_index:
            continue
        logp, q = _row(z[i], int(t), label_smoothing)
        losses[i] = -sum(a * b for a, b in zip(q, logp))
        kept += 1
    if reduction == "none":
        return losses
    total = float(losses.sum())
    if reduction == "sum":
        return total
    return total / kept if kept else 0.0


def cross_entropy_grad(logits, targets, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    z = np.asarray(logits, dtype=np.float64)
    g = np.zeros_like(z)
    kept = 0
    for i, t in enumerate(np.asarray(targets)):
        if t == ignore_index:
            continue
        logp, q = _row(z[i], int(t), label_smoothing)
        g[i] = np.exp(logp) - np.array(q)
        kept += 1
    if reduction == "mean" and kept:
        g /= kept
    return g
