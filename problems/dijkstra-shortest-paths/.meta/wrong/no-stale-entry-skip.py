# Mistake: never skips outdated heap entries, so a node improved many times rescans its edges on every pop.
import heapq
import math


def dijkstra(n, edges, source):
    """Shortest distances from source in a graph with non-negative weights."""
    if not 0 <= source < n:
        raise ValueError(f"source {source} is outside 0..{n - 1}")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        if w < 0:
            raise ValueError(f"negative weight {w} on edge ({u}, {v})")
        adj[u].append((v, w))
    dist = [math.inf] * n
    prev = [None] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def shortest_path(n, edges, source, target):
    """Node list of one shortest path from source to target, or None if unreachable."""
    dist, prev = dijkstra(n, edges, source)
    if dist[target] == math.inf:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]
