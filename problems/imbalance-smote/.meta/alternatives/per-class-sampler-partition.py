# Correct alternative: sampler picks a class then a member; neighbours via argpartition; vectorised SMOTE.
import numpy as np


def class_weights(y):
    y = np.asarray(y)
    n_c = np.bincount(y, minlength=int(y.max()) + 1).astype(np.float64)
    k_present = np.count_nonzero(n_c)
    with np.errstate(divide="ignore"):
        w = np.where(n_c > 0, len(y) / (k_present * n_c), 0.0)
    return w.astype(np.float64)


def balanced_sample(y, num_samples, seed):
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    members = [np.flatnonzero(y == c) for c in np.unique(y)]
    cls = rng.integers(len(members), size=num_samples)
    out = np.empty(num_samples, dtype=np.int64)
    for c, idx in enumerate(members):
        pick = cls == c
        out[pick] = idx[rng.integers(len(idx), size=int(pick.sum()))]
    return out


def smote(X, y, minority, n_new, k=5, seed=0):
    Xm = np.asarray(X, dtype=np.float64)[np.asarray(y) == minority]
    m = Xm.shape[0]
    if k < 1:
        raise ValueError("k must be at least 1")
    if m <= k:
        raise ValueError(f"{m} minority samples are too few for k={k}")
    sq = np.sum(Xm ** 2, axis=1)
    d = sq[:, None] + sq[None, :] - 2 * Xm @ Xm.T
    d[np.arange(m), np.arange(m)] = np.inf
    nbrs = np.argpartition(d, k - 1, axis=1)[:, :k]
    rng = np.random.default_rng(seed)
    i = rng.integers(m, size=n_new)
    j = nbrs[i, rng.integers(k, size=n_new)]
    u = rng.random(n_new)[:, None]
    return Xm[i] + u * (Xm[j] - Xm[i])
