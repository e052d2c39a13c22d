# Mistake: uses a large finite number for "unreachable" without guarding it, so an unreachable negative cycle still relaxes and raises.
import math

BIG = 10 ** 18


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    dist = [BIG] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise NegativeCycleError("negative cycle")
    return [math.inf if d >= BIG // 2 else d for d in dist]
