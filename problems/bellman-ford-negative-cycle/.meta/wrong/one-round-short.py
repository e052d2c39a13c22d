# Mistake: relaxes for n - 2 rounds, so a worst-order chain is still settling and is reported as a cycle.
import math


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    """Shortest distances from source with possibly negative weights."""
    dist = [math.inf] * n
    dist[source] = 0
    for _ in range(n - 2):
        changed = False
        for u, v, w in edges:
            if dist[u] != math.inf and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return dist
    for u, v, w in edges:
        if dist[u] != math.inf and dist[u] + w < dist[v]:
            raise NegativeCycleError(f"negative cycle reachable from {source} through edge ({u}, {v})")
    return dist
