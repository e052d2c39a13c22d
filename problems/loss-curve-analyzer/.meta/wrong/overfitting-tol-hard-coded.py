# overfitting compares against a hard-coded 1% rise instead of the tol argument
import numpy as np


def diagnose(train, val=None, window=5, tol=0.01):
    train = np.asarray(train, dtype=np.float64)
    k = window
    n = len(train)
    if n < 2 * k:
        raise ValueError(f"need at least 2 * window = {2 * k} points, got {n}")
    if val is not None:
        val = np.asarray(val, dtype=np.float64)
        if len(val) != n:
            raise ValueError(f"train has {n} points but val has {len(val)}")
    flags = {"diverging": False, "overfitting": False, "oscillating": False, "plateaued": False}
    finite = np.all(np.isfinite(train)) and (val is None or np.all(np.isfinite(val)))
    if not finite:
        flags["diverging"] = True
        return {"label": "diverging", **flags}
    flags["diverging"] = bool(train[-k:].mean() > train[:k].mean())
    if val is not None:
        i = int(np.argmin(val))
        flags["overfitting"] = bool(i < n - k and val[-k:].mean() > val[i] * 1.01
                                    and train[-k:].mean() < train[i])
    d = np.diff(train[-2 * k:])
    flips = int(np.sum(d[:-1] * d[1:] < 0))
    flags["oscillating"] = bool(flips >= (2 * k - 2) / 2
                                and np.abs(d).mean() > tol * abs(train[-2 * k:].mean()))
    prev = train[-2 * k:-k].mean()
    flags["plateaued"] = bool(prev - train[-k:].mean() < tol * abs(prev))
    label = next((name for name in ["diverging", "overfitting", "oscillating", "plateaued"]
                  if flags[name]), "healthy")
    return {"label": label, **flags}
