import math


class NegativeCycleError(ValueError):
    """Raised when the graph has a negative cycle; `nodes` lists the nodes on one."""

    def __init__(self, nodes):
        super().__init__(f"negative cycle through nodes {nodes}")
        self.nodes = nodes


def floyd_warshall(n, edges):
    """All-pairs shortest distances (math.inf for no path); NegativeCycleError on any negative cycle."""
    # TODO: initialise the matrix (diagonal 0, cheapest direct edges), run the k/i/j DP,
    # TODO: then inspect the diagonal
    return [[math.inf] * n for _ in range(n)]
