import random
import sys

from solution import strongly_connected_components


def reach(n, edges, s):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
    seen = {s}
    stack = [s]
    while stack:
        for v in adj[stack.pop()]:
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return seen


def check(n, edges, got):
    seen = [c for comp in got for c in comp]
    assert sorted(seen) == list(range(n)), "every node must appear in exactly one component"
    where = {x: i for i, comp in enumerate(got) for x in comp}
    for u, v in edges:
        assert where[u] <= where[v], (
            f"edge ({u}, {v}) goes from component #{where[u]} to #{where[v]}: list components in "
            "topological order of the condensation"
        )


def test_random_graphs_against_mutual_reachability():
    rng = random.Random(53)
    for _ in range(60):
        n = rng.randint(1, 10)
        edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 18))]
        got = strongly_connected_components(n, edges)
        r = [reach(n, edges, s) for s in range(n)]
        want = sorted(sorted(x for x in range(n) if x in r[s] and s in r[x]) for s in range(n))
        want = [list(c) for i, c in enumerate(want) if i == 0 or c != want[i - 1]]
        assert sorted(map(sorted, got)) == want, f"n={n}, edges={edges}: expected {want}, got {got}"
        check(n, edges, got)


def call_depth(fn, *args):
    """Run fn(*args) and return the deepest nesting of Python calls it made."""
    depth = deepest = 0

    def profile(frame, event, arg):
        nonlocal depth, deepest
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":
            depth -= 1

    old = sys.getprofile()
    sys.setprofile(profile)
    try:
        result = fn(*args)
    finally:
        sys.setprofile(old)
    return result, deepest


def test_call_depth_does_not_grow_with_the_graph():
    for kind, make in (("chain", lambda n: [(i, i + 1) for i in range(n - 1)]),
                       ("cycle", lambda n: [(i, (i + 1) % n) for i in range(n)])):
        depths = {}
        for n in (100, 1_500):
            got, depths[n] = call_depth(strongly_connected_components, n, make(n))
            assert len(got) == (n if kind == "chain" else 1), f"a {kind} of {n} nodes has the wrong components"
        assert depths[1_500] <= depths[100] + 5, (
            f"on a {kind} the depth of Python calls grew from {depths[100]} (100 nodes) to {depths[1_500]} "
            f"(1,500 nodes): a recursive DFS (even with a raised recursion limit) is not allowed; both "
            f"passes must keep their own explicit stack")


def test_long_chain_needs_an_iterative_dfs():
    n = 30_000
    edges = [(i, i + 1) for i in range(n - 1)]
    got = strongly_connected_components(n, edges)
    assert len(got) == n, "a simple chain has n singleton components"
    assert got[0] == {0} and got[-1] == {n - 1}, "in topological order the chain runs from 0 to n-1"


def test_long_cycle_is_one_component():
    n = 30_000
    edges = [(i, (i + 1) % n) for i in range(n)]
    got = strongly_connected_components(n, edges)
    assert len(got) == 1 and len(got[0]) == n, "a cycle through all nodes is a single component"


def test_self_loops_duplicates_and_empty():
    got = strongly_connected_components(3, [(0, 0), (1, 2), (1, 2), (2, 1)])
    assert sorted(map(sorted, got)) == [[0], [1, 2]], f"self-loops and duplicate edges; got {got}"
    assert strongly_connected_components(0, []) == [], "no nodes, no components"
