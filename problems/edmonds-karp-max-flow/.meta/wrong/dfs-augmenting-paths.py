# Mistake: plain Ford-Fulkerson with a recursive depth-first search, so augmenting paths are not shortest.
import sys


def max_flow(n, edges, source, sink):
    if not (0 <= source < n and 0 <= sink < n) or source == sink:
        raise ValueError("bad source or sink")
    to, cap, adj = [], [], [[] for _ in range(n)]
    for u, v, c in edges:
        if c < 0:
            raise ValueError("negative capacity")
        adj[u].append(len(to)); to.append(v); cap.append(c)
        adj[v].append(len(to)); to.append(u); cap.append(0)
    sys.setrecursionlimit(max(1000, 4 * n + 100))

    def dfs(u, limit, seen):
        if u == sink:
            return limit
        seen[u] = True
        for e in adj[u]:
            v = to[e]
            if cap[e] > 0 and not seen[v]:
                pushed = dfs(v, min(limit, cap[e]), seen)
                if pushed:
                    cap[e] -= pushed
                    cap[e ^ 1] += pushed
                    return pushed
        return 0

    value = 0
    while True:
        seen = [False] * n
        pushed = dfs(source, float("inf"), seen)
        if not pushed:
            return value, [x for x in range(n) if seen[x]]
        value += pushed
