import itertools
import tracemalloc

import pytest

from solution import Countdown, CountdownRange, countdown


def test_exhausted_iterator_keeps_raising_stop_iteration():
    c = Countdown(1)
    assert next(c) == 1, "first next() gives 1"
    for attempt in range(3):
        with pytest.raises(StopIteration):
            next(c)


def test_zero_yields_nothing():
    assert list(Countdown(0)) == [], "Countdown(0) is empty"
    assert list(CountdownRange(0)) == [] and len(CountdownRange(0)) == 0, "CountdownRange(0) is empty"
    assert list(countdown(0)) == [], "countdown(0) is empty"


def test_range_iterators_are_independent_and_not_the_range_itself():
    r = CountdownRange(3)
    a, b = iter(r), iter(r)
    assert a is not r, "CountdownRange is an iterable, not an iterator: iter(r) must be a new object"
    assert a is not b, "two iter() calls must give two independent iterators"
    assert next(a) == 3 and next(a) == 2 and next(b) == 3, "advancing one loop must not move the other"


def test_errors_are_raised_at_call_time():
    for make in (Countdown, CountdownRange, countdown):
        with pytest.raises(ValueError):
            make(-1)  # must raise here, before any next()
        with pytest.raises(TypeError):
            make(2.5)


def test_huge_n_uses_constant_memory():
    n = 10**12
    tracemalloc.start()
    first = [list(itertools.islice(make(n), 5)) for make in (Countdown, CountdownRange, countdown)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    want = [n, n - 1, n - 2, n - 3, n - 4]
    assert all(f == want for f in first), f"the first five values of a countdown from 10**12 are {want}"
    assert peak < 100_000, f"peak memory {peak} bytes: produce values lazily, never build a list"


def test_exhausted_iterator_yields_nothing_when_iterated_again():
    c = Countdown(3)
    assert list(c) == [3, 2, 1], "Countdown(3) yields 3, 2, 1"
    assert iter(c) is c, "an iterator's __iter__ returns the iterator itself"
    assert list(c) == [] and list(c) == [], (
        "an exhausted Countdown stays exhausted: iterating it again (which calls iter()) yields nothing")
    part = Countdown(4)
    next(part)
    assert list(part) == [3, 2, 1], "a for loop over a partly consumed Countdown continues where next() left off"


def test_countdown_returns_a_generator_object():
    import inspect

    g = countdown(3)
    assert inspect.isgenerator(g), f"countdown(n) must return a generator object, got {type(g).__name__}"
    assert list(g) == [3, 2, 1] and list(g) == [], "the generator yields 3, 2, 1 once"
