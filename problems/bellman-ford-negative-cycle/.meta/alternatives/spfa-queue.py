# Correct alternative: queue-based Bellman-Ford (SPFA); a shortest path with n edges proves a cycle.
import math
from collections import deque


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    out = [[] for _ in range(n)]
    for u, v, w in edges:
        out[u].append((v, w))
    dist = [math.inf] * n
    dist[source] = 0
    edges_on_path = [0] * n
    queued = [False] * n
    queue = deque([source])
    queued[source] = True
    while queue:
        u = queue.popleft()
        queued[u] = False
        for v, w in out[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                edges_on_path[v] = edges_on_path[u] + 1
                if edges_on_path[v] >= n:
                    raise NegativeCycleError(f"node {v} keeps improving: negative cycle")
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    return dist
