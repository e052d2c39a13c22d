import random
import sys

import pytest

from solution import LFUCache


class Key:
    ops = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.ops += 1
        return hash(self.v)

    def __eq__(self, other):
        Key.ops += 1
        return isinstance(other, Key) and self.v == other.v


def test_put_on_existing_key_counts_as_a_use():
    c = LFUCache(2)
    c.put("x", 1)
    c.put("y", 1)
    c.put("x", 2)  # x: count 2
    c.put("z", 1)  # evicts y
    assert c.get("x") == 2 and "y" not in c, "updating 'x' raised its count, so 'y' is the victim"
    assert c.count("x") == 3, f"x was put twice and read once: count 3, got {c.count('x')}"


def test_new_key_is_inserted_after_evicting_not_evicted_itself():
    c = LFUCache(1)
    c.put("a", 1)
    c.get("a")
    c.put("b", 2)
    assert "b" in c and "a" not in c and len(c) == 1, "with capacity 1 the old key is replaced by the new one"


def test_contains_and_count_are_not_uses_and_capacity_zero():
    c = LFUCache(2)
    c.put("a", 1)
    c.put("b", 2)
    for _ in range(3):
        assert "a" in c and c.count("a") == 1, "`in` and count() must not increase the count"
    c.get("b")
    c.put("c", 3)
    assert "a" not in c, "'a' still had count 1, the lowest"
    z = LFUCache(0)
    z.put("a", 1)
    assert len(z) == 0 and z.get("a", "none") == "none", "capacity 0 stores nothing"
    with pytest.raises(ValueError):
        LFUCache(-3)


def model_run(capacity, ops):
    entries, clock, out = {}, 0, []
    for op, k in ops:
        clock += 1
        if op == "get":
            if k in entries:
                v, cnt, _ = entries[k]
                entries[k] = (v, cnt + 1, clock)
                out.append(v)
            else:
                out.append(None)
        else:
            if capacity == 0:
                continue
            if k in entries:
                _, cnt, _ = entries[k]
                entries[k] = (clock, cnt + 1, clock)
            else:
                if len(entries) >= capacity:
                    victim = min(entries, key=lambda x: (entries[x][1], entries[x][2]))
                    del entries[victim]
                entries[k] = (clock, 1, clock)
    return out, {k: e[1] for k, e in entries.items()}


def test_random_sequences_match_a_slow_model():
    rng = random.Random(61)
    for trial in range(40):
        capacity = rng.randint(0, 4)
        ops = [(rng.choice(["get", "put"]), rng.randint(0, 6)) for _ in range(80)]
        want_out, want_counts = model_run(capacity, ops)
        c = LFUCache(capacity)
        got_out = []
        for step, (op, k) in enumerate(ops, start=1):
            if op == "get":
                got_out.append(c.get(k))
            else:
                c.put(k, step)
        assert got_out == want_out, f"capacity={capacity}, ops={ops}: get results differ\nwant {want_out}\ngot  {got_out}"
        assert {k: c.count(k) for k in range(7) if k in c} == want_counts, "final contents/counts differ"


def test_eviction_does_not_scan_all_keys():
    c = LFUCache(1000)
    for i in range(1000):
        c.put(Key(i), i)
    for i in range(0, 1000, 3):
        c.get(Key(i))
    Key.ops = 0
    n_ops = 0
    for i in range(1000, 3000):
        c.put(Key(i), i)
        n_ops += 1
    assert len(c) == 1000, "the cache stays at capacity"
    assert Key.ops <= 20 * n_ops, (
        f"{Key.ops} key hash/equality calls for {n_ops} evicting puts: finding the victim must be O(1), "
        "not a scan over every key's count"
    )


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
        c = LFUCache(capacity)
        for i in range(capacity):
            c.put(i, i)
        for i in range(0, capacity, 2):
            c.get(i)

        def evicting_puts():
            for i in range(200):
                c.put(("new", i), i)

        work[capacity] = lines_run_in_solution(evicting_puts)
    assert work[800] <= 2 * work[50] + 200, (
        f"200 evicting puts ran {work[50]} lines of your code at capacity 50 but {work[800]} at capacity "
        "800: finding the victim must not loop over the entries (keep keys grouped by count)")


def test_count_of_an_absent_or_evicted_key_is_zero():
    c = LFUCache(1)
    assert c.count("never") == 0, f"count() of a key never stored is 0, got {c.count('never')!r}"
    c.put("a", 1)
    c.put("b", 2)                      # evicts "a"
    assert c.count("a") == 0, f"count() of an evicted key is 0, got {c.count('a')!r}"
    assert c.count("b") == 1, "the new key starts at count 1"
