from collections import deque


def max_flow(n, edges, source, sink):
    """Edmonds-Karp maximum flow. Return (value, sorted source side of a minimum cut)."""
    # TODO: validate; build a residual graph with paired reverse edges
    # TODO: repeat BFS for a shortest augmenting path, push its bottleneck
    # TODO: the nodes reached by the last (failed) BFS form the cut
    return 0, [source]
