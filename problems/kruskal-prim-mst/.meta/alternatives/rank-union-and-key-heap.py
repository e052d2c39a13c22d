# Correct alternative: Kruskal with union by rank and recursive-free find; Prim keyed by node with stale checks.
import heapq


def kruskal(n, edges):
    parent, rank = list(range(n)), [0] * n

    def root(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        for p in path:
            parent[p] = x
        return x

    order = sorted(range(len(edges)), key=lambda i: edges[i][2])
    total, chosen = 0, []
    for i in order:
        u, v, w = edges[i]
        a, b = root(u), root(v)
        if a == b:
            continue
        if rank[a] < rank[b]:
            a, b = b, a
        parent[b] = a
        rank[a] += rank[a] == rank[b]
        total += w
        chosen.append(edges[i])
    return total, chosen


def prim(n, edges):
    nbrs = [[] for _ in range(n)]
    for i, (u, v, w) in enumerate(edges):
        if u != v:
            nbrs[u].append((v, i))
            nbrs[v].append((u, i))
    done = [False] * n
    total, chosen = 0, []
    for s in range(n):
        if done[s]:
            continue
        pq = [(0, s, -1)]
        while pq:
            w, x, i = heapq.heappop(pq)
            if done[x]:
                continue
            done[x] = True
            if i >= 0:
                total += w
                chosen.append(edges[i])
            for y, j in nbrs[x]:
                if not done[y]:
                    heapq.heappush(pq, (edges[j][2], y, j))
    return total, chosen
