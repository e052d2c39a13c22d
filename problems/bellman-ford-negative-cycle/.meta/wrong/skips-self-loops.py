# Mistake: drops self-loops up front as useless, so a reachable negative self-loop is never reported.
import math


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    """Shortest distances from source with possibly negative weights."""
    edges = [(u, v, w) for u, v, w in edges if u != v]   # a loop never shortens a path
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
    for u, v, w in edges:
        if dist[u] != math.inf and dist[u] + w < dist[v]:
            raise NegativeCycleError(f"negative cycle reachable from {source} through edge ({u}, {v})")
    return dist
