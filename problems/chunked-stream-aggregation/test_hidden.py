import itertools
import tracemalloc

import pytest

from solution import aggregate_by_key, chunked


class CountingIterator:
    """Counts the items pulled from it; long enough to stand in for an endless stream."""

    def __init__(self, limit=1_000_000):
        self.pulled = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.pulled >= self.limit:
            raise StopIteration
        self.pulled += 1
        return self.pulled


def test_chunked_is_lazy_on_a_long_stream():
    source = CountingIterator()
    gen = chunked(source, 4)
    assert source.pulled == 0, "calling chunked must not consume anything yet"
    assert next(gen) == [1, 2, 3, 4], "first chunk"
    assert source.pulled == 4, f"producing one chunk of 4 must pull exactly 4 items, pulled {source.pulled}"
    assert next(gen) == [5, 6, 7, 8], "second chunk continues where the first stopped"


def test_chunked_edge_cases():
    assert list(chunked([], 3)) == [], "an empty input yields no chunks (not one empty list)"
    assert list(chunked("abcdef", 2)) == [["a", "b"], ["c", "d"], ["e", "f"]], "exact multiple: no trailing empty chunk"
    for bad in (0, -2):
        with pytest.raises(ValueError):
            chunked([1, 2], bad)  # must raise here, before iteration


def test_aggregate_handles_whitespace_and_odd_lines():
    lines = ["  k1 , 10 ", "k2,-2.5", ",3", "k1,1,2", "k2,1e1", "   ", "k3,nan?"]
    totals, bad = aggregate_by_key(iter(lines))
    assert totals == {"k1": 10.0, "k2": 7.5}, f"k1: 10, k2: -2.5 + 10; got {totals}"
    assert bad == 3, f"',3' (empty key), 'k1,1,2' (three fields) and 'k3,nan?' are bad; got {bad}"


def test_aggregate_memory_does_not_grow_with_the_number_of_lines():
    n = 20_000
    lines = (f"user{i % 10},{i % 7}\n" for i in range(n))
    tracemalloc.start()
    totals, bad = aggregate_by_key(lines)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert bad == 0 and len(totals) == 10, "ten keys, no bad lines"
    assert totals["user0"] == float(sum(i % 7 for i in range(0, n, 10))), "totals for user0"
    assert peak < 150_000, (
        f"peak memory {peak} bytes over {n} lines: stream the lines, do not collect them in a list"
    )


def test_chunked_memory_is_one_chunk():
    tracemalloc.start()
    count = 0
    for chunk in chunked(itertools.repeat(1.5, 100_000), 1000):
        count += len(chunk)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000, "every item appears in a chunk"
    assert peak < 150_000, f"peak memory {peak} bytes: hold one chunk at a time, not the whole input"
