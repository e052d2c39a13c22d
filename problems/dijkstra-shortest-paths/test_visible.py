import math

from solution import dijkstra, shortest_path


def test_example_from_prompt():
    edges = [(0, 1, 10), (0, 2, 1), (2, 1, 1), (1, 3, 0)]
    dist, prev = dijkstra(5, edges, 0)
    assert dist == [0, 2, 1, 2, math.inf], f"expected [0, 2, 1, 2, inf], got {dist}"
    assert prev == [None, 2, 0, 1, None], f"expected prev [None, 2, 0, 1, None], got {prev}"
    assert shortest_path(5, edges, 0, 3) == [0, 2, 1, 3], "the path goes 0 -> 2 -> 1 -> 3"
