import math
import random

import pytest

from solution import NegativeCycleError, floyd_warshall


def reference_row(n, edges, s):
    dist = [math.inf] * n
    dist[s] = 0
    for _ in range(n + 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


def test_random_graphs_with_negative_edges_match_repeated_relaxation():
    rng = random.Random(31)
    for _ in range(80):
        n = rng.randint(1, 8)
        potential = [rng.randint(-8, 8) for _ in range(n)]
        edges = []
        for _ in range(rng.randint(0, 3 * n)):
            u, v = rng.randrange(n), rng.randrange(n)
            edges.append((u, v, rng.randint(0, 9) + potential[v] - potential[u]))
        want = [reference_row(n, edges, s) for s in range(n)]
        got = floyd_warshall(n, list(edges))
        assert got == want, f"n={n}, edges={edges}:\nexpected {want}\ngot      {got}"


def test_parallel_edges_self_loops_and_no_path():
    got = floyd_warshall(3, [(0, 1, 9), (0, 1, 2), (1, 1, 3)])
    want = [[0, 2, math.inf], [math.inf, 0, math.inf], [math.inf, math.inf, 0]]
    assert got == want, f"keep the cheaper parallel edge, ignore a positive self-loop, inf for no path; got {got}"


def test_unreachable_negative_cycle_still_raises_and_self_loop_counts():
    with pytest.raises(NegativeCycleError) as info:
        floyd_warshall(5, [(0, 1, 1), (3, 4, -1), (4, 3, 0)])
    assert info.value.nodes == [3, 4], f"the cycle 3 <-> 4 weighs -1; got {info.value.nodes}"
    with pytest.raises(ValueError):
        floyd_warshall(2, [(1, 1, -1)])
        pytest.fail("a negative self-loop (1, 1, -1) is a negative cycle: set dist[i][i] = 0 before "
                    "reading the edges, so the loop's weight can make it negative")


def test_input_not_modified_and_empty_graph():
    edges = [(0, 1, 1), (1, 0, 1)]
    before = list(edges)
    floyd_warshall(2, edges)
    assert edges == before, "do not modify the edge list"
    assert floyd_warshall(0, []) == [], "no nodes: empty matrix"
    assert floyd_warshall(1, []) == [[0]], "one node: [[0]]"


def _peak_bytes(n):
    import tracemalloc
    edges = [(i, (i + 1) % n, 1) for i in range(n)] + [(i, (i + 7) % n, 3) for i in range(n)]
    tracemalloc.start()
    try:
        floyd_warshall(n, edges)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_space_grows_like_n_squared():
    small, large = _peak_bytes(20), _peak_bytes(60)
    assert large <= 15 * small, (
        f"peak memory went from {small} bytes at n=20 to {large} bytes at n=60 ({large / small:.1f}x "
        "for 3x the nodes; n^2 gives 9x): keep one n x n matrix and update it in place for each k, "
        "not an n x n x n table")
