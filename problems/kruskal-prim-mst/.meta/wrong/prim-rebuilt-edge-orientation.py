# Wrong: Prim reports each edge as (tree node, new node, w) instead of the triple as given.
import heapq


def kruskal(n, edges):
    """Minimum spanning forest by Kruskal: return (total weight, chosen edges)."""
    parent = list(range(n))
    size = [1] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    total, chosen = 0, []
    for edge in sorted(edges, key=lambda e: e[2]):
        u, v, w = edge
        ru, rv = find(u), find(v)
        if ru == rv:
            continue
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
        total += w
        chosen.append(edge)
    return total, chosen


def prim(n, edges):
    """Minimum spanning forest by Prim with a heap: return (total weight, chosen edges)."""
    adj = [[] for _ in range(n)]
    for index, (u, v, w) in enumerate(edges):
        if u != v:
            adj[u].append((w, index, v, u))
            adj[v].append((w, index, u, v))
    visited = [False] * n
    total, chosen = 0, []
    for start in range(n):
        if visited[start]:
            continue
        visited[start] = True
        heap = list(adj[start])
        heapq.heapify(heap)
        while heap:
            w, index, v, frm = heapq.heappop(heap)
            if visited[v]:
                continue
            visited[v] = True
            total += w
            chosen.append((frm, v, w))
            for item in adj[v]:
                if not visited[item[2]]:
                    heapq.heappush(heap, item)
    return total, chosen
