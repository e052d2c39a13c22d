import heapq
import math
import random

import pytest

from solution import dijkstra, shortest_path


def bellman_ford(n, edges, s):
    dist = [math.inf] * n
    dist[s] = 0
    for _ in range(n):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


def check_prev(n, edges, source, dist, prev):
    best = {}
    for u, v, w in edges:
        best[(u, v)] = min(best.get((u, v), math.inf), w)
    for v in range(n):
        if v == source or dist[v] == math.inf:
            assert prev[v] is None, f"prev[{v}] must be None for the source and unreachable nodes"
            continue
        u = prev[v]
        assert (u, v) in best and dist[u] + best[(u, v)] == dist[v], (
            f"prev[{v}] = {u} is not on a shortest path (dist[{u}] + w != dist[{v}])"
        )


def test_node_is_final_when_popped_not_when_pushed():
    edges = [(0, 1, 5), (0, 2, 1), (2, 3, 1), (3, 1, 1), (1, 4, 1)]
    dist, prev = dijkstra(5, edges, 0)
    assert dist == [0, 3, 1, 2, 4], f"the cheap detour 0-2-3-1 must beat the direct edge; got {dist}"
    assert shortest_path(5, edges, 0, 4) == [0, 2, 3, 1, 4], "path to 4 follows the detour"


def test_zero_weights_parallel_edges_and_unreachable():
    edges = [(0, 1, 0), (1, 2, 0), (2, 0, 0), (0, 2, 7), (0, 2, 3), (3, 0, 1)]
    dist, prev = dijkstra(4, edges, 0)
    assert dist == [0, 0, 0, math.inf], f"zero-weight cycle and parallel edges; got {dist}"
    check_prev(4, edges, 0, dist, prev)
    assert shortest_path(4, edges, 0, 3) is None, "3 has no incoming path from 0"
    assert shortest_path(4, edges, 2, 2) == [2], "source == target gives the one-node path"


def test_negative_weight_and_bad_source_raise():
    with pytest.raises(ValueError):
        dijkstra(3, [(0, 1, 2), (1, 2, -1)], 0)
    with pytest.raises(ValueError):
        dijkstra(3, [(0, 1, 2)], 3)


def test_ties_and_float_weights_on_random_graphs():
    rng = random.Random(23)
    for _ in range(40):
        n = rng.randint(1, 12)
        edges = [(rng.randrange(n), rng.randrange(n), rng.choice([0, 0.5, 1, 1, 2, 3.25]))
                 for _ in range(rng.randint(0, 40))]
        s = rng.randrange(n)
        dist, prev = dijkstra(n, edges, s)
        want = bellman_ford(n, edges, s)
        assert dist == want, f"n={n}, source={s}, edges={edges}: expected {want}, got {dist}"
        check_prev(n, edges, s, dist, prev)
        t = rng.randrange(n)
        path = shortest_path(n, edges, s, t)
        if want[t] == math.inf:
            assert path is None, "unreachable target gives None"
        else:
            assert path[0] == s and path[-1] == t, f"path {path} must start at {s} and end at {t}"


def test_large_sparse_graph():
    rng = random.Random(1)
    n, m = 5_000, 20_000
    edges = [(i, i + 1, 1) for i in range(n - 1)]
    edges += [(rng.randrange(n), rng.randrange(n), rng.randint(1, 50)) for _ in range(m)]
    dist, _ = dijkstra(n, edges, 0)
    assert dist[0] == 0 and all(d < math.inf for d in dist), "the chain makes every node reachable"
    assert dist[n - 1] <= n - 1, "the chain alone gives a path of length n-1 to the last node"
