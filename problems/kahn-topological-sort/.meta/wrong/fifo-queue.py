# uses a FIFO queue: nodes become ready in discovery order, not smallest id first
import heapq


class CycleError(ValueError):
    """Raised when the graph has a cycle; `nodes` lists (sorted) the nodes left unordered."""

    def __init__(self, nodes):
        super().__init__(f"graph has a cycle through some of {nodes}")
        self.nodes = nodes


def topological_sort(n, edges):
    """Order nodes 0..n-1 so every edge (u, v) has u before v; smallest ready node first."""
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        if not (0 <= u < n and 0 <= v < n):
            raise ValueError(f"edge ({u}, {v}) has an endpoint outside 0..{n - 1}")
        succ[u].append(v)
        indegree[v] += 1
    from collections import deque
    ready = deque(x for x in range(n) if indegree[x] == 0)
    order = []
    while ready:
        u = ready.popleft()
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    if len(order) < n:
        placed = set(order)
        raise CycleError([x for x in range(n) if x not in placed])
    return order
