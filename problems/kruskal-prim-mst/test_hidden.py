import itertools
import random
import sys

from solution import kruskal, prim


def components(n, edges):
    label = list(range(n))
    for u, v, _ in edges:
        a, b = label[u], label[v]
        if a != b:
            label = [a if x == b else x for x in label]
    return len(set(label)), label


def check_forest(name, n, edges, result):
    total, chosen = result
    c, label = components(n, edges)
    assert len(chosen) == n - c, f"{name}: a spanning forest of {c} component(s) has {n - c} edges, got {len(chosen)}"
    pool = list(edges)
    for e in chosen:
        assert e in pool, f"{name}: chosen edge {e} is not one of the input edges (or is used twice)"
        pool.remove(e)
    assert abs(total - sum(e[2] for e in chosen)) < 1e-9, f"{name}: total must equal the chosen weights' sum"
    c2, label2 = components(n, chosen)
    assert c2 == c and all((label[a] == label[b]) == (label2[a] == label2[b]) for a in range(n) for b in range(n)), (
        f"{name}: the chosen edges must connect exactly what the graph connects (and contain no cycle)"
    )


def brute_force_min(n, edges):
    c, _ = components(n, edges)
    best = None
    for subset in itertools.combinations(edges, n - c):
        if components(n, list(subset))[0] == c:
            w = sum(e[2] for e in subset)
            best = w if best is None else min(best, w)
    return best


def test_random_small_graphs_against_brute_force():
    rng = random.Random(37)
    for _ in range(60):
        n = rng.randint(1, 6)
        edges = [(rng.randrange(n), rng.randrange(n), rng.randint(-3, 9)) for _ in range(rng.randint(0, 9))]
        want = brute_force_min(n, edges)
        for name, fn in (("kruskal", kruskal), ("prim", prim)):
            result = fn(n, list(edges))
            check_forest(name, n, edges, result)
            assert result[0] == want, f"{name}: n={n}, edges={edges}: minimum total is {want}, got {result[0]}"


def test_prim_restarts_on_every_component():
    edges = [(1, 2, 5), (3, 4, 1), (4, 5, 2), (3, 5, 9)]
    total, chosen = prim(7, edges)
    assert total == 8 and len(chosen) == 3, (
        f"node 0 and 6 are isolated; the forest is (1,2), (3,4), (4,5) with total 8; got {total}, {chosen}"
    )


def test_parallel_edges_self_loops_and_float_weights():
    edges = [(0, 1, 2.5), (1, 0, 0.5), (1, 1, -10.0), (1, 2, 1.25)]
    for name, fn in (("kruskal", kruskal), ("prim", prim)):
        total, chosen = fn(3, edges)
        assert total == 1.75, f"{name}: take the cheaper parallel edge and never a self-loop; got {total}"
        assert (1, 1, -10.0) not in chosen, f"{name}: a self-loop is never part of a spanning tree"


def test_larger_graph_totals_agree():
    rng = random.Random(41)
    n = 2000
    edges = [(rng.randrange(n), rng.randrange(n), rng.randint(1, 1000)) for _ in range(8000)]
    k = kruskal(n, edges)
    p = prim(n, edges)
    assert k[0] == p[0], f"Kruskal ({k[0]}) and Prim ({p[0]}) must agree on the minimum total"
    assert len(k[1]) == len(p[1]), "both forests must have n - components edges"


def lines_run_in_solution(fn, *args):
    """Run fn(*args) and count the lines of solution.py it executes: a measure of work."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.endswith("solution.py"):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        result = fn(*args)
    finally:
        sys.settrace(None)
    return result, count


def sparse_graph(n, seed):
    rng = random.Random(seed)
    edges = [(i, i + 1, rng.randint(1, 100)) for i in range(n - 1)]
    return edges + [(rng.randrange(n), rng.randrange(n), rng.randint(1, 100)) for _ in range(n)]


def test_prim_work_grows_like_m_log_n_not_n_squared():
    work = {}
    for n in (300, 1_200):
        edges = sparse_graph(n, n)
        (total, chosen), work[n] = lines_run_in_solution(prim, n, edges)
        assert total == kruskal(n, edges)[0] and len(chosen) == n - 1, f"n={n}: wrong spanning tree"
    ratio = work[1_200] / max(work[300], 1)
    assert ratio < 8, (
        f"Prim ran {work[300]} lines of your code for 300 nodes and {work[1_200]} for 1,200 (x{ratio:.1f}) "
        f"on graphs with 2n edges: O(m log n) grows about x5 here, O(n^2) x16. Use a heap instead of "
        f"scanning all nodes for the cheapest one")


def test_kruskal_union_find_stays_shallow_on_a_star():
    # Edges (0, i) in increasing weight: a union-find that neither compresses paths nor unions
    # by size/rank builds a chain under node 0 and walks all of it on every find.
    work = {}
    for n in (300, 1_200):
        edges = [(0, i, i) for i in range(1, n)]
        (total, chosen), work[n] = lines_run_in_solution(kruskal, n, edges)
        assert total == n * (n - 1) // 2 and len(chosen) == n - 1, f"n={n}: a star is its own spanning tree"
    ratio = work[1_200] / max(work[300], 1)
    assert ratio < 8, (
        f"Kruskal ran {work[300]} lines of your code for a 300-node star and {work[1_200]} for 1,200 (x{ratio:.1f}): "
        f"O(m log m) grows about x4-5 here, O(n^2) x16. Keep the union-find trees shallow (path compression "
        f"or union by size/rank)")
