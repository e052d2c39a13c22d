# Mistake: keeps the textbook (n+1) x n x n table D[k][i][j] instead of one matrix, against the stated O(n^2) space.
import math


class NegativeCycleError(ValueError):
    def __init__(self, nodes):
        super().__init__(f"negative cycle through {nodes}")
        self.nodes = nodes


def floyd_warshall(n, edges):
    D = [[[math.inf] * n for _ in range(n)] for _ in range(n + 1)]
    for i in range(n):
        D[0][i][i] = 0
    for u, v, w in edges:
        D[0][u][v] = min(D[0][u][v], w)
    for k in range(n):
        prev, cur = D[k], D[k + 1]
        for i in range(n):
            for j in range(n):
                cur[i][j] = min(prev[i][j], prev[i][k] + prev[k][j])
    dist = D[n]
    bad = [i for i in range(n) if dist[i][i] < 0]
    if bad:
        raise NegativeCycleError(bad)
    return [row[:] for row in dist]
