# Mistake: puts the intermediate node k in the innermost loop, so paths through later-settled pairs are missed.
import math


class NegativeCycleError(ValueError):
    def __init__(self, nodes):
        super().__init__(f"negative cycle through {nodes}")
        self.nodes = nodes


def floyd_warshall(n, edges):
    dist = [[math.inf] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for u, v, w in edges:
        dist[u][v] = min(dist[u][v], w)
    for i in range(n):
        for j in range(n):
            for k in range(n):
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j] = dist[i][k] + dist[k][j]
    bad = [i for i in range(n) if dist[i][i] < 0]
    if bad:
        raise NegativeCycleError(bad)
    return dist
