# Mistake: reports a cycle whenever the (n-1)-th round still changed something, instead of running one extra check pass.
import math


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    dist = [math.inf] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] != math.inf and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return dist
    raise NegativeCycleError("distances were still changing after n - 1 rounds")
