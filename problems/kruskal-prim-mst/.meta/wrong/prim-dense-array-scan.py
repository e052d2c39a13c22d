# Wrong: Prim keeps a best-cost array and scans all n nodes for the minimum at every step (O(n^2), no heap).
import math


def kruskal(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for e in sorted(edges, key=lambda e: e[2]):
        ru, rv = find(e[0]), find(e[1])
        if ru != rv:
            parent[ru] = rv
            total += e[2]
            chosen.append(e)
    return total, chosen


def prim(n, edges):
    adj = [[] for _ in range(n)]
    for e in edges:
        u, v, w = e
        if u != v:
            adj[u].append((v, w, e))
            adj[v].append((u, w, e))
    in_tree = [False] * n
    best = [math.inf] * n
    via = [None] * n
    total, chosen = 0, []
    for _ in range(n):
        u, cost = -1, math.inf
        for x in range(n):
            if not in_tree[x] and (u == -1 or best[x] < cost):
                u, cost = x, best[x]
        in_tree[u] = True
        if via[u] is not None:
            total += cost
            chosen.append(via[u])
        for v, w, e in adj[u]:
            if not in_tree[v] and w < best[v]:
                best[v], via[v] = w, e
    return total, chosen
