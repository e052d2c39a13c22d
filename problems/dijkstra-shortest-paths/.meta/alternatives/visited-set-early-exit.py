# Correct alternative: a visited set with (dist, node) heap entries; shortest_path stops once the target is settled.
import heapq
import math


def _adjacency(n, edges, source):
    if not isinstance(source, int) or not 0 <= source < n:
        raise ValueError("source must be a node id in 0..n-1")
    if any(w < 0 for _, _, w in edges):
        raise ValueError("Dijkstra needs non-negative weights")
    adj = {}
    for u, v, w in edges:
        adj.setdefault(u, []).append((v, w))
    return adj


def _search(n, adj, source, stop=None):
    dist = [math.inf] * n
    prev = [None] * n
    dist[source] = 0
    settled = set()
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in settled:
            continue
        settled.add(u)
        if u == stop:
            break
        for v, w in adj.get(u, ()):
            if v not in settled and d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heapq.heappush(heap, (dist[v], v))
    return dist, prev


def dijkstra(n, edges, source):
    return _search(n, _adjacency(n, edges, source), source)


def shortest_path(n, edges, source, target):
    dist, prev = _search(n, _adjacency(n, edges, source), source, stop=target)
    if dist[target] == math.inf:
        return None
    path = []
    node = target
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]
