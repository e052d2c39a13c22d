# Mistake: builds the matrix as [[inf] * n] * n, so every row is the same list object.
import math


class NegativeCycleError(ValueError):
    """Raised when the graph has a negative cycle; `nodes` lists the nodes on one."""

    def __init__(self, nodes):
        super().__init__(f"negative cycle through nodes {nodes}")
        self.nodes = nodes


def floyd_warshall(n, edges):
    """All-pairs shortest distances (math.inf for no path); NegativeCycleError on any negative cycle."""
    dist = [[math.inf] * n] * n
    for i in range(n):
        dist[i][i] = 0
    for u, v, w in edges:
        if w < dist[u][v]:
            dist[u][v] = w
    for k in range(n):
        dk = dist[k]
        for i in range(n):
            dik = dist[i][k]
            if dik == math.inf:
                continue
            di = dist[i]
            for j in range(n):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
    bad = [i for i in range(n) if dist[i][i] < 0]
    if bad:
        raise NegativeCycleError(bad)
    return dist
