# keeps X's dtype, so an integer X gives truncated integer synthetic points
import numpy as np


def class_weights(y):
    y = np.asarray(y)
    counts = np.bincount(y).astype(np.float64)
    present = counts > 0
    w = np.zeros_like(counts)
    w[present] = len(y) / (present.sum() * counts[present])
    return w


def balanced_sample(y, num_samples, seed):
    y = np.asarray(y)
    probs = class_weights(y)[y] / len(y)
    rng = np.random.default_rng(seed)
    return rng.choice(len(y), size=num_samples, replace=True, p=probs).astype(np.int64)


def smote(X, y, minority, n_new, k=5, seed=0):
    X = np.asarray(X)
    Xm = X[np.asarray(y) == minority]
    m = len(Xm)
    if k < 1 or m < k + 1:
        raise ValueError(f"need k >= 1 and at least k + 1 = {k + 1} minority samples, got {m}")
    d = ((Xm[:, None, :] - Xm[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    nn = np.argsort(d, axis=1, kind="stable")[:, :k]
    rng = np.random.default_rng(seed)
    out = np.empty((n_new, X.shape[1]), dtype=X.dtype)
    for r in range(n_new):
        i = rng.integers(m)
        j = nn[i, rng.integers(k)]
        out[r] = Xm[i] + rng.random() * (Xm[j] - Xm[i])
    return out
