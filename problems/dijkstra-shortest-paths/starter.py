import heapq
import math


def dijkstra(n, edges, source):
    """Shortest distances from source in a graph with non-negative weights.

    Return (dist, prev): dist[v] is math.inf if unreachable; prev[v] is the predecessor on a
    shortest path (None for the source and unreachable nodes). Negative weights: ValueError.
    """
    # TODO: adjacency lists, validation, heap-based main loop skipping stale entries
    return [math.inf] * n, [None] * n


def shortest_path(n, edges, source, target):
    """Node list of one shortest path from source to target, or None if unreachable."""
    # TODO: use dijkstra's prev array
    return None
