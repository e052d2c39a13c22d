# Kruskal union-find without path compression (and always hangs the first root under the second), so finds can walk O(n) chains
import heapq


def kruskal(n, edges):
    """Minimum spanning forest by Kruskal: return (total weight, chosen edges)."""
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    total, chosen = 0, []
    for edge in sorted(edges, key=lambda e: e[2]):
        u, v, w = edge
        ru, rv = find(u), find(v)
        if ru == rv:
            continue
        parent[ru] = rv
        size[ru] += size[rv]
        total += w
        chosen.append(edge)
    return total, chosen


def prim(n, edges):
    """Minimum spanning forest by Prim with a heap: return (total weight, chosen edges)."""
    adj = [[] for _ in range(n)]
    for index, (u, v, w) in enumerate(edges):
        if u != v:
            adj[u].append((w, index, v))
            adj[v].append((w, index, u))
    visited = [False] * n
    total, chosen = 0, []
    for start in range(n):
        if visited[start]:
            continue
        visited[start] = True
        heap = list(adj[start])
        heapq.heapify(heap)
        while heap:
            w, index, v = heapq.heappop(heap)
            if visited[v]:
                continue
            visited[v] = True
            total += w
            chosen.append(edges[index])
            for item in adj[v]:
                if not visited[item[2]]:
                    heapq.heappush(heap, item)
    return total, chosen
