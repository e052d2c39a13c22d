# Correct alternative: adjacency as dict of counters (duplicates become multiplicities), heap via heapq.
import heapq
from collections import Counter, defaultdict


class CycleError(ValueError):
    def __init__(self, nodes):
        self.nodes = list(nodes)
        super().__init__(f"cycle detected; unplaceable nodes: {self.nodes}")


def topological_sort(n, edges):
    out = defaultdict(Counter)
    need = Counter()
    for u, v in edges:
        for x in (u, v):
            if not isinstance(x, int) or x < 0 or x >= n:
                raise ValueError(f"node {x!r} is not in 0..{n - 1}")
        out[u][v] += 1
        need[v] += 1
    heap = [x for x in range(n) if need[x] == 0]
    heapq.heapify(heap)
    result = []
    while heap:
        u = heapq.heappop(heap)
        result.append(u)
        for v, mult in out[u].items():
            need[v] -= mult
            if need[v] == 0:
                heapq.heappush(heap, v)
    if len(result) != n:
        done = set(result)
        raise CycleError(sorted(set(range(n)) - done))
    return result
