# Correct alternative: residual capacities in a dict keyed by edge id, BFS storing parent edges, cut from the last BFS.
from collections import deque


def max_flow(n, edges, source, sink):
    for x in (source, sink):
        if not isinstance(x, int) or x < 0 or x >= n:
            raise ValueError("source and sink must be nodes 0..n-1")
    if source == sink:
        raise ValueError("source equals sink")
    if any(c < 0 for _, _, c in edges):
        raise ValueError("capacities must be >= 0")
    residual = {}
    head = {}
    out = {u: [] for u in range(n)}
    for i, (u, v, c) in enumerate(edges):
        residual[(i, 0)], head[(i, 0)] = c, v
        residual[(i, 1)], head[(i, 1)] = 0, u
        out[u].append((i, 0))
        out[v].append((i, 1))
    total = 0
    while True:
        parent = {source: None}
        frontier = deque([source])
        while frontier and sink not in parent:
            u = frontier.popleft()
            for arc in out[u]:
                v = head[arc]
                if v not in parent and residual[arc] > 0:
                    parent[v] = arc
                    frontier.append(v)
        if sink not in parent:
            return total, sorted(parent)
        path = []
        v = sink
        while parent[v] is not None:
            arc = parent[v]
            path.append(arc)
            v = head[(arc[0], 1 - arc[1])]
        push = min(residual[a] for a in path)
        for i, side in path:
            residual[(i, side)] -= push
            residual[(i, 1 - side)] += push
        total += push
