import inspect

from solution import Countdown, CountdownRange, countdown


def test_countdown_iterator_is_single_pass():
    c = Countdown(3)
    assert iter(c) is c, "an iterator's __iter__ must return the iterator itself"
    assert list(c) == [3, 2, 1], "Countdown(3) yields 3, 2, 1"
    assert list(c) == [], "an exhausted iterator yields nothing the second time"


def test_range_is_reiterable():
    r = CountdownRange(2)
    assert list(r) == [2, 1] and list(r) == [2, 1], "each iteration of CountdownRange starts afresh"
    assert len(r) == 2, "len(CountdownRange(2)) is 2"


def test_countdown_function_returns_a_generator():
    g = countdown(2)
    assert inspect.isgenerator(g), "countdown(n) must return a generator object"
    assert list(g) == [2, 1], "countdown(2) yields 2, 1"
