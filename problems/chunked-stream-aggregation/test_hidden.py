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
            pytest.fail(f"chunked([1, 2], {bad}) must raise ValueError when called, before any "
                        "iteration (a generator function only runs its checks at the first next())")


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


def test_chunked_rejects_non_integer_sizes_at_call_time():
    for bad in (2.5, "3", None):
        try:
            chunked([1, 2, 3], bad)
        except ValueError:
            continue
        except TypeError:
            pytest.fail(f"chunked(..., {bad!r}) raised TypeError; the prompt asks for ValueError")
        pytest.fail(f"chunked(..., {bad!r}) must raise ValueError when called: size must be an int >= 1")


def test_chunked_works_on_a_one_shot_generator_and_keeps_order():
    gen = (c for c in "abcdefg")
    assert list(chunked(gen, 3)) == [["a", "b", "c"], ["d", "e", "f"], ["g"]], (
        "a generator is consumed once, in order, into chunks of 3 with a short last chunk")


def test_amounts_are_whatever_float_accepts():
    totals, bad = aggregate_by_key(["x,+.5", "x,1E-1", "y,-inf", "z, 7 ", "z,0x10"])
    assert bad == 1, f"'z,0x10' is the only line float() rejects; got bad={bad}"
    assert totals["x"] == 0.6 and totals["y"] == float("-inf") and totals["z"] == 7.0, (
        f"'+.5', '1E-1', '-inf' and ' 7 ' are all valid float() amounts; got {totals}")
