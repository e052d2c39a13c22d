import math
import random

import pytest

from solution import NegativeCycleError, bellman_ford


def _run_without_cycle(n, edges, source, why):
    try:
        return bellman_ford(n, edges, source)
    except NegativeCycleError as e:
        raise AssertionError(f"raised NegativeCycleError ({e}) but {why}") from None


def test_reverse_ordered_chain_needs_all_n_minus_1_rounds():
    n = 30
    edges = [(i, i + 1, -1) for i in reversed(range(n - 1))]  # worst order: one hop per round
    got = _run_without_cycle(n, edges, 0, "this backwards-listed chain has no cycle at all; "
                             "it needs every one of the n - 1 rounds, then one check pass")
    assert got == [-i for i in range(n)], (
        "a chain listed backwards settles one node per round; after n-1 rounds it is exact and "
        "must NOT be reported as a negative cycle"
    )


def test_negative_cycle_far_from_source_is_found():
    n = 12
    edges = [(i, i + 1, 2) for i in reversed(range(n - 3))]
    edges += [(n - 3, n - 2, 1), (n - 2, n - 1, -3), (n - 1, n - 3, 1)]
    with pytest.raises(NegativeCycleError):
        bellman_ford(n, edges, 0)


def test_error_type_and_negative_self_loop():
    with pytest.raises(ValueError):
        bellman_ford(2, [(0, 1, 1), (1, 1, -0.5)], 0)
    assert issubclass(NegativeCycleError, ValueError), "NegativeCycleError must subclass ValueError"


def test_zero_weight_cycle_is_not_negative():
    got = bellman_ford(3, [(0, 1, 2), (1, 2, -1), (2, 1, 1)], 0)
    assert got == [0, 2, 1], f"the cycle 1 -> 2 -> 1 has weight 0, which is allowed; got {got}"


def test_random_graphs_without_negative_cycles():
    rng = random.Random(29)
    for _ in range(60):
        n = rng.randint(1, 9)
        potential = [rng.randint(-10, 10) for _ in range(n)]
        edges = []
        for _ in range(rng.randint(0, 25)):
            u, v = rng.randrange(n), rng.randrange(n)
            # reduced costs >= 0 guarantee no negative cycle, while raw weights can be negative
            edges.append((u, v, rng.randint(0, 6) + potential[v] - potential[u]))
        s = rng.randrange(n)
        want = [math.inf] * n
        want[s] = 0
        for _ in range(n + 1):
            for u, v, w in edges:
                if want[u] + w < want[v]:
                    want[v] = want[u] + w
        got = _run_without_cycle(n, edges, s, f"this graph has no negative cycle (n={n}, edges={edges})")
        assert got == want, f"n={n}, source={s}, edges={edges}: expected {want}, got {got}"


def test_unreachable_negative_cycle_with_edges_into_the_reachable_part():
    # 3 -> 4 -> 3 is negative and even points into node 1, but nothing reaches 3 or 4 from 0
    edges = [(0, 1, 1), (1, 2, 2), (3, 4, -2), (4, 3, 1), (4, 1, -5)]
    got = _run_without_cycle(5, edges, 0, "the negative cycle 3 -> 4 -> 3 cannot be reached from 0 "
                             "(an unreachable node's distance is inf, and inf + w is not an improvement)")
    assert got == [0, 1, 3, math.inf, math.inf], (
        "only a negative cycle reachable from the source counts; this one is not (do not start "
        f"every node at 0 to detect cycles); got {got}")


def _peak_bytes(n):
    import tracemalloc
    edges = [(i, i + 1, -1) for i in reversed(range(n - 1))]  # needs all n - 1 rounds
    tracemalloc.start()
    try:
        bellman_ford(n, edges, 0)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extra_memory_grows_linearly_in_n():
    small, large = _peak_bytes(60), _peak_bytes(240)
    assert large <= 8 * small, (
        f"peak extra memory went from {small} bytes at n=60 to {large} bytes at n=240 "
        f"({large / small:.1f}x for 4x the nodes); space must be O(n): keep one distance list, "
        "not a table with a row per round")
