# Correct alternative: one numpy matrix relaxed through every k with a broadcast minimum.
import math

import numpy as np


class NegativeCycleError(ValueError):
    def __init__(self, nodes):
        super().__init__(f"negative cycle through nodes {nodes}")
        self.nodes = nodes


def floyd_warshall(n, edges):
    d = np.full((n, n), np.inf)
    np.fill_diagonal(d, 0.0)
    for u, v, w in edges:
        d[u, v] = min(d[u, v], w)
    for k in range(n):
        np.minimum(d, d[:, k:k + 1] + d[k:k + 1, :], out=d)
    bad = [int(i) for i in np.flatnonzero(np.diag(d) < 0)]
    if bad:
        raise NegativeCycleError(bad)
    return [[math.inf if x == np.inf else (int(x) if float(x).is_integer() else float(x)) for x in row]
            for row in d]
