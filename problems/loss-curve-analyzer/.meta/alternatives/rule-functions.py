# Correct alternative: one small function per rule, plain Python sums for the means.
import math

import numpy as np


def _mean(xs):
    return float(sum(xs)) / len(xs)


def _diverging(tr, k):
    return _mean(tr[-k:]) > _mean(tr[:k])


def _overfitting(tr, va, k, tol):
    n = len(tr)
    i = int(np.argmin(va))
    return i < n - k and _mean(va[-k:]) > va[i] * (1 + tol) and _mean(tr[-k:]) < tr[i]


def _oscillating(tr, k, tol):
    tail = tr[-2 * k:]
    d = [b - a for a, b in zip(tail, tail[1:])]
    flips = sum(1 for a, b in zip(d, d[1:]) if a * b < 0)
    amp = _mean([abs(x) for x in d])
    return flips >= (2 * k - 2) / 2 and amp > tol * abs(_mean(tail))


def _plateaued(tr, k, tol):
    prev = _mean(tr[-2 * k:-k])
    return prev - _mean(tr[-k:]) < tol * abs(prev)


def diagnose(train, val=None, window=5, tol=0.01):
    tr = [float(x) for x in train]
    va = None if val is None else [float(x) for x in val]
    k = window
    if len(tr) < 2 * k:
        raise ValueError("series shorter than two windows")
    if va is not None and len(va) != len(tr):
        raise ValueError("train and val lengths differ")
    out = dict(diverging=False, overfitting=False, oscillating=False, plateaued=False)
    if not all(math.isfinite(x) for x in tr + (va or [])):
        out["diverging"] = True
    else:
        out["diverging"] = _diverging(tr, k)
        out["overfitting"] = va is not None and _overfitting(tr, va, k, tol)
        out["oscillating"] = _oscillating(tr, k, tol)
        out["plateaued"] = _plateaued(tr, k, tol)
    out = {name: bool(v) for name, v in out.items()}
    label = "healthy"
    for name in ("diverging", "overfitting", "oscillating", "plateaued"):
        if out[name]:
            label = name
            break
    return {"label": label, **out}
