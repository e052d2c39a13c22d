# Wrong: both passes use a recursive DFS and raise sys.setrecursionlimit; the call depth grows with the graph.
import sys


def strongly_connected_components(n, edges):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * n + 1000))
    out = [[] for _ in range(n)]
    rev = [[] for _ in range(n)]
    for u, v in edges:
        out[u].append(v)
        rev[v].append(u)
    visited = [False] * n
    order = []

    def dfs1(u):
        visited[u] = True
        for v in out[u]:
            if not visited[v]:
                dfs1(v)
        order.append(u)

    for s in range(n):
        if not visited[s]:
            dfs1(s)
    assigned = [False] * n

    def dfs2(u, comp):
        assigned[u] = True
        comp.add(u)
        for v in rev[u]:
            if not assigned[v]:
                dfs2(v, comp)

    components = []
    for s in reversed(order):
        if not assigned[s]:
            comp = set()
            dfs2(s, comp)
            components.append(comp)
    return components
