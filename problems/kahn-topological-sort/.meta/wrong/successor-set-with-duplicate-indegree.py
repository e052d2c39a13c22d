# Wrong: successors are kept in a set (duplicates collapse) but every duplicate edge still adds to the in-degree.
import heapq


class CycleError(ValueError):
    """Raised when the graph has a cycle; `nodes` lists (sorted) the nodes left unordered."""

    def __init__(self, nodes):
        super().__init__(f"graph has a cycle through some of {nodes}")
        self.nodes = nodes


def topological_sort(n, edges):
    """Order nodes 0..n-1 so every edge (u, v) has u before v; smallest ready node first."""
    indegree = [0] * n
    succ = [set() for _ in range(n)]
    for u, v in edges:
        if not (0 <= u < n and 0 <= v < n):
            raise ValueError(f"edge ({u}, {v}) has an endpoint outside 0..{n - 1}")
        succ[u].add(v)
        indegree[v] += 1
    ready = [x for x in range(n) if indegree[x] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, v)
    if len(order) < n:
        placed = set(order)
        raise CycleError([x for x in range(n) if x not in placed])
    return order
