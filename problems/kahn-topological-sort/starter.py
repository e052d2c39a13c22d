class CycleError(ValueError):
    """Raised when the graph has a cycle; `nodes` lists (sorted) the nodes left unordered."""

    def __init__(self, nodes):
        super().__init__(f"graph has a cycle through some of {nodes}")
        self.nodes = nodes


def topological_sort(n, edges):
    """Order nodes 0..n-1 so every edge (u, v) has u before v; smallest ready node first.

    Raise CycleError (with .nodes) if impossible, ValueError for out-of-range endpoints.
    """
    # TODO: in-degrees and adjacency lists, a min-heap of ready nodes, then Kahn's loop
    return list(range(n))
