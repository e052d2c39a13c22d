import heapq


def kruskal(n, edges):
    """Minimum spanning forest by Kruskal: return (total weight, chosen edges)."""
    # TODO: sort edges by weight; union-find to skip edges inside one component
    return 0, []


def prim(n, edges):
    """Minimum spanning forest by Prim with a heap: return (total weight, chosen edges)."""
    # TODO: adjacency lists; grow a tree from each unvisited node using a heap of leaving edges
    return 0, []
