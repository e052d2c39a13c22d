import math
import random
import sys

import pytest

from solution import UnionFind


def depth(uf, x, cap=10**9):
    d = 0
    while uf.parent[x] != x and d <= cap:
        x = uf.parent[x]
        d += 1
    return d


def test_chain_of_unions_keeps_trees_shallow():
    n = 1 << 14
    for order in ("union(i, i+1)", "union(i+1, i)"):
        uf = UnionFind(n)
        pairs = [(i, i + 1) for i in range(n - 1)]
        if order == "union(i+1, i)":
            pairs = [(b, a) for a, b in pairs]
        for a, b in pairs:
            uf.union(a, b)
        worst = max(depth(uf, x, cap=20) for x in range(n))
        assert worst <= math.log2(n), (
            f"after {order} for i = 0..{n - 2} a tree has depth >= {worst} > log2(n) = {int(math.log2(n))}: "
            "hang the smaller tree under the larger root (union by size/rank)"
        )
        assert uf.count == 1 and uf.component_size(0) == n, "all elements end up in one set"


def test_balanced_merges_then_find_compresses_the_whole_path():
    n = 1 << 10
    uf = UnionFind(n)
    step = 1
    while step < n:  # merge pairs of equal-size sets: builds trees of height log2(n)
        for i in range(0, n, 2 * step):
            uf.union(i + step, i)
        step *= 2
    deepest = max(range(n), key=lambda x: depth(uf, x))
    path = [deepest]
    while uf.parent[path[-1]] != path[-1]:
        path.append(uf.parent[path[-1]])
    assert len(path) >= 4, "merging equal-size sets should have produced a tree of height >= 3 here"
    root = uf.find(deepest)
    assert root == path[-1], "find must return the root"
    bad = [x for x in path if uf.parent[x] != root]
    assert not bad, f"after find, every node on the path must point at the root; these do not: {bad}"


def test_random_operations_match_a_naive_labelling():
    rng = random.Random(3)
    n = 60
    uf = UnionFind(n)
    label = list(range(n))
    for _ in range(400):
        a, b = rng.randrange(n), rng.randrange(n)
        merged = label[a] != label[b]
        assert uf.union(a, b) == merged, f"union({a}, {b}) should return {merged}"
        if merged:
            old = label[b]
            label = [label[a] if l == old else l for l in label]
        c, d = rng.randrange(n), rng.randrange(n)
        assert uf.connected(c, d) == (label[c] == label[d]), f"connected({c}, {d}) is wrong"
        assert uf.count == len(set(label)), f"count should be {len(set(label))}, got {uf.count}"
        assert uf.component_size(c) == label.count(label[c]), f"component_size({c}) is wrong"


def test_out_of_range_and_empty():
    uf = UnionFind(3)
    for bad in (3, -1):
        with pytest.raises(IndexError):
            uf.find(bad)
    with pytest.raises(IndexError):
        uf.union(0, 5)
    empty = UnionFind(0)
    assert empty.count == 0 and empty.parent == [], "UnionFind(0) has no elements and no sets"


def test_every_method_rejects_elements_out_of_range():
    uf = UnionFind(4)
    uf.union(0, 1)
    calls = [("find(-1)", lambda: uf.find(-1)), ("union(-1, 0)", lambda: uf.union(-1, 0)),
             ("union(0, 4)", lambda: uf.union(0, 4)), ("connected(-2, -2)", lambda: uf.connected(-2, -2)),
             ("connected(0, 4)", lambda: uf.connected(0, 4)), ("component_size(-1)", lambda: uf.component_size(-1)),
             ("component_size(4)", lambda: uf.component_size(4))]
    for what, call in calls:
        with pytest.raises(IndexError):
            call()
            pytest.fail(f"{what} must raise IndexError: the elements are 0..3")
    assert uf.count == 3 and uf.parent[2:] == [2, 3], "a rejected call must not change the sets"


def _lines_run_in_solution(fn, *args):
    """Count the Python lines executed inside solution.py while fn runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.endswith("solution.py") else None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = fn(*args)
    finally:
        sys.settrace(old)
    return count, result


def test_queries_do_not_scan_all_elements():
    work = {}
    for n in (64, 4096):
        uf = UnionFind(n)
        for a, b in ((0, 1), (2, 3), (1, 3), (n - 1, 0)):
            uf.union(a, b)
        uf.find(3)
        size_lines, size = _lines_run_in_solution(uf.component_size, 2)
        assert size == 5, f"component_size(2) should be 5 (elements 0, 1, 2, 3 and {n - 1}), got {size}"
        conn_lines, together = _lines_run_in_solution(uf.connected, 1, 2)
        assert together is True, "connected(1, 2) should be True"
        lines = size_lines + conn_lines
        work[n] = lines
    assert work[4096] <= work[64] + 30, (
        f"component_size and connected ran {work[64]} Python lines with n=64 but {work[4096]} with n=4096: "
        "keep each set's size at its root instead of counting members over all elements")
