# Mistake: never marks the source as seen before the BFS, so the final cut can leave out the source.
from collections import deque


def max_flow(n, edges, source, sink):
    """Edmonds-Karp maximum flow. Return (value, sorted source side of a minimum cut)."""
    if not (0 <= source < n and 0 <= sink < n):
        raise ValueError("source and sink must be nodes of the graph")
    if source == sink:
        raise ValueError("source and sink must differ")
    to, cap = [], []
    adj = [[] for _ in range(n)]
    for u, v, c in edges:
        if c < 0:
            raise ValueError(f"negative capacity on edge ({u}, {v})")
        adj[u].append(len(to))
        to.append(v)
        cap.append(c)
        adj[v].append(len(to))
        to.append(u)
        cap.append(0)
    value = 0
    while True:
        via = [-1] * n  # edge index used to reach each node
        seen = [False] * n
        queue = deque([source])
        while queue and not seen[sink]:
            u = queue.popleft()
            for e in adj[u]:
                v = to[e]
                if cap[e] > 0 and not seen[v]:
                    seen[v] = True
                    via[v] = e
                    queue.append(v)
        if not seen[sink]:
            return value, [x for x in range(n) if seen[x]]
        bottleneck = None
        v = sink
        while v != source:
            e = via[v]
            bottleneck = cap[e] if bottleneck is None else min(bottleneck, cap[e])
            v = to[e ^ 1]
        v = sink
        while v != source:
            e = via[v]
            cap[e] -= bottleneck
            cap[e ^ 1] += bottleneck
            v = to[e ^ 1]
        value += bottleneck
