import numpy as np


def segment_matches(points, Xm, k):
    """For each point, the list of (i, j, t) with j among the k nearest of i and the point on [Xm[i], Xm[j]]."""
    d = ((Xm[:, None] - Xm[None]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    nn = np.argsort(d, axis=1)[:, :k]
    result = []
    for p in points:
        found = []
        for i in range(len(Xm)):
            for j in nn[i]:
                seg = Xm[j] - Xm[i]
                t = float(np.dot(p - Xm[i], seg) / np.dot(seg, seg))
                if -1e-12 <= t <= 1 + 1e-12 and np.linalg.norm(Xm[i] + t * seg - p) < 1e-9:
                    found.append((i, int(j), t))
        result.append(found)
    return result
