import os
import subprocess
import sys
import tracemalloc
from collections import Counter

import numpy as np
import pytest

from solution import CountMinSketch


def zipf_stream(n=6000, seed=3):
    ids = np.random.default_rng(seed).zipf(1.3, size=n)
    return [f"tag{i}" for i in ids[ids <= 2000]]


def item_columns(item, width, depth, seed):
    probe = CountMinSketch(width, depth, seed=seed)
    probe.update(item)
    assert probe.table.sum() == depth, "one update must add 1 to exactly one counter in every row"
    return [int(np.argmax(probe.table[r])) for r in range(depth)]


def test_error_bound_holds_for_most_items():
    stream = zipf_stream()
    eps, delta = 0.02, 0.05
    cms = CountMinSketch.from_error(eps, delta, seed=0)
    for item in stream:
        cms.update(item)
    assert cms.total == len(stream), f"total should be N={len(stream)}, got {cms.total}"
    errors = np.array([cms.query(k) - v for k, v in Counter(stream).items()])
    bad = float(np.mean(errors > eps * cms.total))
    assert bad <= delta, (
        f"{bad:.1%} of items are overestimated by more than eps*N={eps * cms.total:.0f}; "
        f"the guarantee allows at most delta={delta:.0%} (are the rows independent? is query the min?)"
    )


def test_update_touches_one_counter_per_row_and_query_is_the_min():
    cms = CountMinSketch(width=50, depth=4, seed=11)
    stream = zipf_stream(3000, seed=5)
    for item in stream:
        cms.update(item)
    np.testing.assert_array_equal(
        cms.table.sum(axis=1), [len(stream)] * 4, err_msg="every row's counters must add up to N"
    )
    for item in ["tag1", "tag2", "tag17", "never-seen"]:
        cols = item_columns(item, 50, 4, 11)
        want = min(int(cms.table[r, c]) for r, c in enumerate(cols))
        got = cms.query(item)
        assert got == want, f"query({item!r}) should be the minimum of its {4} counters ({want}), got {got}"


def test_rows_use_different_hash_functions():
    same = 0
    items = [f"user-{i}" for i in range(300)]
    for item in items:
        cols = item_columns(item, 1000, 2, seed=4)
        same += cols[0] == cols[1]
    assert same <= 15, (
        f"{same}/300 items landed in the same column of row 0 and row 1: each row needs its own "
        "hash function, otherwise extra rows add no accuracy"
    )


def test_seed_changes_the_hashing_and_counts_are_weighted():
    a = CountMinSketch(1000, 3, seed=1)
    b = CountMinSketch(1000, 3, seed=2)
    for i in range(50):
        a.update(f"k{i}", count=3)
        b.update(f"k{i}", count=3)
    assert a.total == 150 and a.query("k7") >= 3, "update(item, count=3) adds 3 to the item and to the total"
    assert not np.array_equal(a.table, b.table), "different seeds should give different hash functions"


def test_hashing_is_stable_across_processes():
    code = (
        "from solution import CountMinSketch\n"
        "c = CountMinSketch(97, 3, seed=5)\n"
        "for w in ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] * 2: c.update(w)\n"
        "print(c.table.tolist())\n"
    )
    outputs = []
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             cwd=os.path.dirname(os.path.abspath(__file__)), timeout=60)
        assert run.returncode == 0, f"could not build the sketch in a fresh process: {run.stderr[-500:]}"
        outputs.append(run.stdout)
    same_tables = outputs[0] == outputs[1]
    assert same_tables, (
        "the same seed gave different tables in two Python processes: the built-in hash() of a "
        "string is salted per process, use a stable hash such as hashlib"
    )


def test_memory_does_not_grow_with_distinct_items():
    cms = CountMinSketch(200, 4, seed=0)
    tracemalloc.start()
    for i in range(20_000):
        cms.update(f"distinct-item-{i}")
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert current < 200_000, (
        f"{current} bytes are still held after 20,000 distinct items: a sketch must not store the items"
    )


def test_invalid_arguments():
    for args in [(0, 3), (10, 0)]:
        with pytest.raises(ValueError):
            CountMinSketch(*args)
    for eps, delta in [(0, 0.1), (0.1, 0), (1.5, 0.1), (0.1, 1.0)]:
        with pytest.raises(ValueError):
            CountMinSketch.from_error(eps, delta)
    with pytest.raises(ValueError):
        CountMinSketch(10, 2).update("x", count=-1)


def test_counters_are_integers():
    cms = CountMinSketch(20, 3, seed=2)
    cms.update("a", count=2)
    assert np.issubdtype(cms.table.dtype, np.integer), (
        f"table holds integer counters, got dtype {cms.table.dtype} (np.zeros defaults to float64)")
    got = cms.query("a")
    assert isinstance(got, (int, np.integer)) and got == 2, f"query returns an integer count, got {got!r}"


@pytest.mark.parametrize("eps, delta, shape", [(0.05, 0.1, (3, 55)), (0.2, 0.02, (4, 14)), (0.003, 0.3, (2, 907))])
def test_from_error_table_shapes(eps, delta, shape):
    cms = CountMinSketch.from_error(eps, delta)
    assert cms.table.shape == shape, (
        f"from_error(eps={eps}, delta={delta}) should give a table of shape {shape} "
        f"(depth = ceil(ln(1/delta)), width = ceil(e/eps)), got {cms.table.shape}")
