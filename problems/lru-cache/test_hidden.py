import sys

import pytest

from solution import LRUCache


class Key:
    """A key that counts how often the cache hashes or compares it."""

    ops = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.ops += 1
        return hash(self.v)

    def __eq__(self, other):
        Key.ops += 1
        return isinstance(other, Key) and self.v == other.v


def test_put_existing_key_updates_and_refreshes_recency():
    c = LRUCache(2)
    c.put(1, "one")
    c.put(2, "two")
    c.put(1, "uno")  # update: 1 becomes most recent, nothing evicted
    assert len(c) == 2, "updating an existing key must not grow or evict"
    c.put(3, "three")  # must evict 2
    assert c.get(1) == "uno", "the updated value is kept and 1 was refreshed by the update"
    assert c.get(2) is None, "2 was the least recently used after 1 was updated"


def test_contains_does_not_refresh():
    c = LRUCache(2)
    c.put("a", 1)
    c.put("b", 2)
    assert "a" in c, "membership test"
    c.put("c", 3)
    assert "a" not in c and "b" in c, "`in` must not change recency: 'a' is still the oldest and is evicted"


def test_capacity_zero_and_negative():
    c = LRUCache(0)
    c.put("a", 1)
    assert len(c) == 0 and c.get("a") is None, "a zero-capacity cache stores nothing"
    with pytest.raises(ValueError):
        LRUCache(-1)


def test_stored_none_and_falsy_values():
    c = LRUCache(2)
    c.put("z", 0)
    c.put("n", None)
    assert c.get("z", "missing") == 0, "a stored 0 is a hit, not a miss"
    assert c.get("n", "missing") is None, "a stored None is a hit: return None, not the default"


def test_operations_do_not_scan_the_keys():
    c = LRUCache(1000)
    for i in range(1000):
        c.put(Key(i), i)
    Key.ops = 0
    n_ops = 0
    for i in range(2000):
        k = (i * 7919) % 1500
        if i % 2:
            c.put(Key(k), k)
        else:
            got = c.get(Key(k))
            assert got in (None, k), "get returned a value stored under another key"
        n_ops += 1
    assert Key.ops <= 12 * n_ops, (
        f"{Key.ops} key hash/equality calls for {n_ops} operations: get/put must be O(1), "
        "not a scan over a list of keys"
    )


def test_matches_a_simple_model_on_a_long_sequence():
    import random

    rng = random.Random(5)
    c = LRUCache(5)
    model = []  # list of (key, value), least recent first
    for step in range(3000):
        k = rng.randint(0, 9)
        if rng.random() < 0.5:
            v = step
            c.put(k, v)
            model = [p for p in model if p[0] != k] + [(k, v)]
            model = model[-5:]
        else:
            hit = [p for p in model if p[0] == k]
            want = hit[0][1] if hit else None
            if hit:
                model = [p for p in model if p[0] != k] + hit
            got = c.get(k)
            assert got == want, f"step {step}: get({k}) should be {want}, got {got}"
    assert len(c) == len(model), "len must match the number of live entries"


def lines_run_in_solution(fn):
    """Run fn() and count the lines of solution.py it executes: a measure of work."""
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
        fn()
    finally:
        sys.settrace(None)
    return count


def test_eviction_work_does_not_grow_with_capacity():
    work = {}
    for capacity in (50, 800):
        c = LRUCache(capacity)
        for i in range(capacity):
            c.put(i, i)

        def evicting_puts():
            for i in range(200):
                c.put(("new", i), i)

        work[capacity] = lines_run_in_solution(evicting_puts)
    assert work[800] <= 2 * work[50] + 200, (
        f"200 evicting puts ran {work[50]} lines of your code at capacity 50 but {work[800]} at capacity "
        "800: finding the least recently used entry must not loop over the entries")


def test_missing_key_returns_the_given_default():
    c = LRUCache(2)
    c.put("a", 1)
    sentinel = object()
    assert c.get("b", sentinel) is sentinel, "get(absent_key, default) returns that default"
    assert c.get("b", 0) == 0 and c.get("b") is None, "the default defaults to None"
    assert len(c) == 1 and "b" not in c, "a miss changes nothing"
