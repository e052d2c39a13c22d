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


def test_negative_edge_anywhere_raises_even_if_never_relaxed():
    # node 3 is unreachable from 0, so a search would never look at its negative edge
    with pytest.raises(ValueError):
        dijkstra(4, [(0, 1, 1), (1, 2, 1), (3, 2, -4)], 0)
        pytest.fail("a negative weight anywhere in `edges` must raise ValueError before the search, "
                    "even on an edge out of a node the source cannot reach")
    with pytest.raises(ValueError):
        shortest_path(4, [(0, 1, 1), (3, 2, -0.5)], 0, 1)
        pytest.fail("shortest_path must reject negative weights too")


@pytest.mark.parametrize("source", [-1, -4, 4, 10])
def test_source_outside_the_node_range_raises(source):
    with pytest.raises(ValueError):
        dijkstra(4, [(0, 1, 1)], source)
        pytest.fail(f"source={source} is outside 0..3 and must raise ValueError "
                    "(a negative index would silently count from the end of a list)")


class Weight(float):
    """A float that counts the comparisons made on it (and on sums built from it)."""

    comparisons = 0

    def __add__(self, other):
        return Weight(float(self) + float(other))

    __radd__ = __add__

    def _cmp(op):
        def f(self, other):
            Weight.comparisons += 1
            return op(float(self), float(other))
        return f

    __lt__ = _cmp(float.__lt__)
    __le__ = _cmp(float.__le__)
    __gt__ = _cmp(float.__gt__)
    __ge__ = _cmp(float.__ge__)
    __hash__ = float.__hash__


def _comparisons(n, seed):
    rng = random.Random(seed)
    edges = [(i, i + 1, Weight(rng.randint(1, 9))) for i in range(n - 1)]
    edges += [(rng.randrange(n), rng.randrange(n), Weight(rng.randint(1, 30))) for _ in range(2 * n)]
    Weight.comparisons = 0
    dist, _ = dijkstra(n, edges, 0)
    used = Weight.comparisons
    plain = [(u, v, float(w)) for u, v, w in edges]
    want = [0.0] + [math.inf] * (n - 1)
    heap = [(0.0, 0)]
    adj = [[] for _ in range(n)]
    for u, v, w in plain:
        adj[u].append((v, w))
    while heap:
        d, u = heapq.heappop(heap)
        if d <= want[u]:
            for v, w in adj[u]:
                if d + w < want[v]:
                    want[v] = d + w
                    heapq.heappush(heap, (d + w, v))
    assert dist == want, "distances on the instrumented graph are wrong"
    return used


def test_work_grows_like_m_log_n_not_n_squared():
    small, large = _comparisons(150, 5), _comparisons(600, 5)
    assert large <= 8 * small, (
        f"distance comparisons went from {small} at n=150 to {large} at n=600 ({large / small:.1f}x "
        "for 4x the nodes and edges): use a binary heap (heapq) instead of scanning every node "
        "for the closest one, which is O(n^2)")


def _hub_comparisons(k):
    # 0 -> a_i (weight i), a_i -> hub (weight 2k - 2i + 1): the hub's distance improves k times,
    # so it sits in the heap k times; the hub then has k out-edges of weight 1.
    hub = k + 1
    edges = [(0, i, Weight(i)) for i in range(1, k + 1)]
    edges += [(i, hub, Weight(2 * k - 2 * i + 1)) for i in range(1, k + 1)]
    edges += [(hub, hub + j, Weight(1)) for j in range(1, k + 1)]
    Weight.comparisons = 0
    dist, _ = dijkstra(2 * k + 2, edges, 0)
    used = Weight.comparisons
    assert dist[hub] == k + 1 and dist[hub + 1] == k + 2, "distances on the hub graph are wrong"
    return used


def test_outdated_heap_entries_do_not_rescan_edges():
    small, large = _hub_comparisons(25), _hub_comparisons(200)
    assert large <= 20 * small, (
        f"distance comparisons went from {small} to {large} ({large / small:.1f}x) when a node that "
        "is improved k times and has k out-edges grew from k=25 to k=200: a node's edges must be "
        "scanned once, when its final distance is popped, not again for every outdated heap entry")
