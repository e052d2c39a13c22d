import itertools
import random

import pytest

from solution import CycleError, topological_sort


def test_cycle_error_is_a_value_error_and_mentions_cycle():
    with pytest.raises(ValueError) as info:
        topological_sort(2, [(1, 1)])
    assert isinstance(info.value, CycleError), "a self-loop is a cycle: raise CycleError"
    assert "cycle" in str(info.value).lower(), "the message should say there is a cycle"
    assert info.value.nodes == [1], f"only node 1 is stuck, got {info.value.nodes}"


def test_nodes_downstream_of_a_cycle_are_reported_too():
    with pytest.raises(CycleError) as info:
        topological_sort(5, [(0, 1), (1, 2), (2, 1), (2, 3)])
    assert info.value.nodes == [1, 2, 3], f"3 depends on the cycle {{1, 2}} so it is stuck too, got {info.value.nodes}"


def test_duplicate_edges_and_isolated_nodes():
    got = topological_sort(4, [(3, 0), (3, 0), (3, 1)])
    assert got == [2, 3, 0, 1], f"duplicates must not block node 0; expected [2, 3, 0, 1], got {got}"
    assert topological_sort(0, []) == [], "an empty graph has the empty order"


def test_bad_endpoint_raises_value_error():
    with pytest.raises(ValueError):
        topological_sort(3, [(0, 3)])


def test_lexicographically_smallest_order_on_random_dags():
    rng = random.Random(17)
    for _ in range(60):
        n = rng.randint(1, 7)
        perm = list(range(n))
        rng.shuffle(perm)
        edges = [(perm[i], perm[j]) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.3]
        valid = [p for p in itertools.permutations(range(n))
                 if all(p.index(u) < p.index(v) for u, v in edges)]
        want = list(min(valid))
        got = topological_sort(n, edges)
        assert got == want, f"for n={n}, edges={edges}: expected {want}, got {got}"


def test_large_chain_is_fast_and_not_recursive():
    n = 50_000
    edges = [(i + 1, i) for i in range(n - 1)]
    got = topological_sort(n, edges)
    assert got == list(range(n - 1, -1, -1)), "a reversed chain must come out from n-1 down to 0"


def test_negative_endpoint_raises_value_error():
    with pytest.raises(ValueError):
        topological_sort(3, [(-1, 0)])
    with pytest.raises(ValueError):
        topological_sort(3, [(1, -2)])


def test_many_ready_nodes_at_once_use_a_heap():
    # 60,000 nodes are ready at the start: a heap pops each in O(log n); scanning a list with
    # min() (or re-sorting it) for every pop is O(n^2), far beyond this test's time limit.
    n = 60_000
    edges = [(i, i - 1) for i in range(n - 1, n // 2, -2)]
    got = topological_sort(n, edges)
    assert len(got) == n and got[:3] == [0, 1, 2], "smallest ready node first"
    pos = {v: i for i, v in enumerate(got)}
    assert all(pos[u] < pos[v] for u, v in edges), "every edge (u, v) must have u before v"
