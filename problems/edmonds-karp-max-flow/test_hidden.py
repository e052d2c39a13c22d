import itertools
import random

import pytest

from solution import max_flow


def cut_capacity(edges, side):
    s = set(side)
    return sum(c for u, v, c in edges if u in s and v not in s)


def brute_force_min_cut(n, edges, s, t):
    others = [x for x in range(n) if x not in (s, t)]
    best = None
    for r in range(len(others) + 1):
        for extra in itertools.combinations(others, r):
            c = cut_capacity(edges, {s, *extra})
            best = c if best is None else min(best, c)
    return best


def test_flow_must_be_rerouted_through_a_reverse_edge():
    # a greedy path 0-1-2-3 without residual (reverse) edges gets stuck at 1
    edges = [(0, 1, 1), (0, 2, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1)]
    assert max_flow(4, edges, 0, 3)[0] == 2, "max flow is 2; undoing flow through reverse edges is required"
    edges = [(0, 1, 1), (1, 2, 1), (2, 5, 1), (0, 3, 1), (3, 2, 1), (1, 4, 1), (4, 5, 1)]
    assert max_flow(6, edges, 0, 5)[0] == 2, "if the first unit goes 0-1-2-5, the second must go 0-3-2, back along 2->1 (residual), then 1-4-5"


def test_random_networks_match_brute_force_min_cut():
    rng = random.Random(43)
    for _ in range(60):
        n = rng.randint(2, 7)
        edges = [(rng.randrange(n), rng.randrange(n), rng.randint(0, 9)) for _ in range(rng.randint(0, 14))]
        s, t = rng.sample(range(n), 2)
        value, cut = max_flow(n, edges, s, t)
        want = brute_force_min_cut(n, edges, s, t)
        assert value == want, f"n={n}, s={s}, t={t}, edges={edges}: max flow is {want}, got {value}"
        assert cut == sorted(cut) and s in cut and t not in cut, f"cut {cut} must be sorted, contain {s} and not {t}"
        assert cut_capacity(edges, cut) == value, f"edges leaving the cut {cut} must weigh exactly {value}"


def test_antiparallel_edges_and_unreachable_sink():
    edges = [(0, 1, 5), (1, 0, 5), (1, 2, 3), (2, 1, 8)]
    assert max_flow(3, edges, 0, 2) == (3, [0, 1]), "antiparallel pairs are independent; 1->2 limits to 3"
    assert max_flow(3, [(0, 1, 5)], 0, 2) == (0, [0, 1]), "no path to the sink: flow 0, cut = reachable nodes"


def test_invalid_arguments():
    with pytest.raises(ValueError):
        max_flow(3, [(0, 1, 1)], 1, 1)
    with pytest.raises(ValueError):
        max_flow(3, [(0, 1, 1)], 0, 3)
    with pytest.raises(ValueError):
        max_flow(3, [(0, 1, -1)], 0, 1)


def test_huge_capacities_need_few_augmentations():
    big = 10**12
    edges = [(0, 1, big), (0, 2, big), (1, 2, 1), (1, 3, big), (2, 3, big)]
    assert max_flow(4, edges, 0, 3)[0] == 2 * big, "augment by the bottleneck, not one unit at a time"
    rng = random.Random(47)
    n = 200
    edges = [(rng.randrange(n), rng.randrange(n), rng.randint(1, big)) for _ in range(1500)]
    value, cut = max_flow(n, edges, 0, n - 1)
    assert cut_capacity(edges, cut) == value, "on a larger network the cut still certifies the flow"


class Capacity(int):
    """An int that counts the additions and subtractions done with it (flow updates)."""

    updates = 0

    def _op(op):
        def f(self, other):
            Capacity.updates += 1
            return Capacity(op(int(self), int(other)))
        return f

    __add__ = _op(int.__add__)
    __radd__ = _op(lambda a, b: b + a)
    __sub__ = _op(int.__sub__)
    __rsub__ = _op(lambda a, b: b - a)


def _flow_updates(k):
    # s = 0 -> a chain of k nodes -> b, listed FIRST; s -> b directly, listed last; b -> t.
    # Only b -> t (capacity 5) limits the flow. The shortest augmenting path is s -> b -> t;
    # a depth-first search that follows the first edge runs down the whole chain instead.
    b, t = k + 1, k + 2
    chain = [0] + list(range(1, k + 1)) + [b]
    edges = [(u, v, Capacity(5)) for u, v in zip(chain, chain[1:])]
    edges += [(0, b, Capacity(5)), (b, t, Capacity(5))]
    Capacity.updates = 0
    value, cut = max_flow(k + 3, edges, 0, t)
    assert value == 5, f"the flow is limited by b -> t to 5, got {value}"
    return Capacity.updates


def test_augmenting_paths_are_shortest_paths_found_by_bfs():
    short, long = _flow_updates(10), _flow_updates(60)
    assert long <= short + 4, (
        f"with a 10-node detour the flow updates took {short} capacity additions/subtractions, with a "
        f"60-node detour {long}: the flow was pushed along the long chain although s -> b -> t has "
        "2 edges. Edmonds-Karp augments along a SHORTEST path (breadth-first search), not the "
        "first path a depth-first search finds")


@pytest.mark.parametrize("source, sink", [(-1, 2), (0, -1), (3, 0)])
def test_endpoints_outside_the_node_range_raise(source, sink):
    with pytest.raises(ValueError):
        max_flow(3, [(0, 1, 1), (1, 2, 1)], source, sink)
        pytest.fail(f"source={source}, sink={sink}: both must lie in 0..2 (a negative index "
                    "would silently count from the end of a list)")


def test_flow_on_an_edge_used_by_two_paths_can_be_fully_undone():
    # nodes: s=0 x=1 y=2 t=3 a=4 b=5 c=6 d=7 e=8. Scanning edges in the given order, BFS first
    # sends one unit s-x-y-t, then one unit s-a-x-y-t, so x->y carries 2. The last augmenting path s-b-c-y-x-d-e-t has to
    # cancel both units on x->y: the residual y->x must hold the total flow, not the last push.
    edges = [(0, 1, 1), (1, 2, 2), (2, 3, 2), (0, 4, 1), (4, 1, 1), (0, 5, 2), (5, 6, 2),
             (6, 2, 2), (1, 7, 2), (7, 8, 2), (8, 3, 2)]
    value, cut = max_flow(9, edges, 0, 3)
    assert value == 4, (
        f"max flow is 4 (every edge out of the source is saturated), got {value}: when an edge "
        "is used by several augmenting paths, its reverse residual capacity must add up their flows")
    assert cut_capacity(edges, cut) == value, f"edges leaving the cut {cut} must weigh exactly {value}"
