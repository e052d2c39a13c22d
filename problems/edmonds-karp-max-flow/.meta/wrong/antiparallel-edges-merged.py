# Mistake: a residual matrix where the reverse entry of u->v is the same cell as a real v->u edge, and edges overwrite instead of adding.
from collections import deque


def max_flow(n, edges, source, sink):
    if not (0 <= source < n and 0 <= sink < n) or source == sink:
        raise ValueError("bad source or sink")
    cap = [[0] * n for _ in range(n)]
    for u, v, c in edges:
        if c < 0:
            raise ValueError("negative capacity")
        cap[u][v] = c
    value = 0
    while True:
        parent = [-1] * n
        parent[source] = source
        q = deque([source])
        while q and parent[sink] < 0:
            u = q.popleft()
            for v in range(n):
                if cap[u][v] > 0 and parent[v] < 0:
                    parent[v] = u
                    q.append(v)
        if parent[sink] < 0:
            return value, [x for x in range(n) if parent[x] >= 0]
        b, v = None, sink
        while v != source:
            u = parent[v]
            b = cap[u][v] if b is None else min(b, cap[u][v])
            v = u
        v = sink
        while v != source:
            u = parent[v]
            cap[u][v] -= b
            cap[v][u] += b
            v = u
        value += b
