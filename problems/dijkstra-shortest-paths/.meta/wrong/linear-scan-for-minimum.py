# Mistake: picks the closest unfinished node by scanning all nodes each round, O(n^2) instead of a heap.
import math


def dijkstra(n, edges, source):
    if not 0 <= source < n:
        raise ValueError("source out of range")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        if w < 0:
            raise ValueError("negative weight")
        adj[u].append((v, w))
    dist = [math.inf] * n
    prev = [None] * n
    done = [False] * n
    dist[source] = 0
    for _ in range(n):
        u, best = -1, math.inf
        for x in range(n):
            if not done[x] and dist[x] < best:
                u, best = x, dist[x]
        if u < 0:
            break
        done[u] = True
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev


def shortest_path(n, edges, source, target):
    dist, prev = dijkstra(n, edges, source)
    if dist[target] == math.inf:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]
