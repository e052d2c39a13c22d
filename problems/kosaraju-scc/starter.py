def strongly_connected_components(n, edges):
    """Kosaraju's algorithm, iterative. Return a list of sets in topological order of the
    condensation (a component with an edge to another comes before it)."""
    # TODO: pass 1, iterative DFS on the graph recording finish order
    # TODO: pass 2, on the reversed graph in decreasing finish order, collecting one set per search
    return [{x} for x in range(n)]
