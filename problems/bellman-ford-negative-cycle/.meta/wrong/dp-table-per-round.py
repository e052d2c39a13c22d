# Mistake: keeps a full (n x n) table of distances, one row per round, against the stated O(n) space.
import math


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    table = [[math.inf] * n for _ in range(n)]
    table[0][source] = 0
    for k in range(1, n):
        prev, cur = table[k - 1], table[k]
        cur[:] = prev
        for u, v, w in edges:
            if prev[u] != math.inf and prev[u] + w < cur[v]:
                cur[v] = prev[u] + w
    dist = table[n - 1]
    for u, v, w in edges:
        if dist[u] != math.inf and dist[u] + w < dist[v]:
            raise NegativeCycleError("negative cycle reachable from the source")
    return list(dist)
