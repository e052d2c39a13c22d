import pytest

from solution import memoize


def counted(maxsize):
    calls = []

    @memoize(maxsize=maxsize)
    def f(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return len(calls)

    return f, calls


def test_eviction_is_least_recently_used_not_first_inserted():
    f, calls = counted(2)
    f(1)
    f(2)
    f(1)  # hit: 1 is now the most recently used
    f(3)  # must evict 2
    n = len(calls)
    f(1)
    assert len(calls) == n, "1 was used after 2, so adding 3 must evict 2 and keep 1 (LRU, not FIFO)"
    f(2)
    assert len(calls) == n + 1, "2 should have been evicted and recomputed"


def test_keyword_order_does_not_matter_but_positional_vs_keyword_may_differ():
    f, calls = counted(None)
    f(1, b=2, c=3)
    f(1, c=3, b=2)
    assert len(calls) == 1, "f(1, b=2, c=3) and f(1, c=3, b=2) are the same call and must hit the cache"
    assert f.cache_info()["hits"] == 1, "the second call is a hit"


def test_unhashable_arguments_bypass_the_cache():
    f, calls = counted(None)
    f([1, 2])
    f([1, 2])
    assert len(calls) == 2, "a list argument cannot be a cache key: call the function every time"
    assert f.cache_info() == {"hits": 0, "misses": 0, "size": 0}, "bypassed calls are not counted"


def test_maxsize_zero_caches_nothing_and_clear_resets():
    f, calls = counted(0)
    f(1)
    f(1)
    assert len(calls) == 2, "maxsize=0 stores nothing"
    assert f.cache_info() == {"hits": 0, "misses": 2, "size": 0}, f"got {f.cache_info()}"
    g, gcalls = counted(None)
    g(1)
    g(1)
    g.cache_clear()
    assert g.cache_info() == {"hits": 0, "misses": 0, "size": 0}, "cache_clear resets counters and size"
    g(1)
    assert len(gcalls) == 2, "after cache_clear the function runs again"


def test_exceptions_are_not_cached():
    attempts = []

    @memoize
    def fragile(x):
        attempts.append(x)
        if len(attempts) == 1:
            raise RuntimeError("boom")
        return x

    with pytest.raises(RuntimeError):
        fragile(7)
    assert fragile(7) == 7 and len(attempts) == 2, "a call that raised must be retried, not cached"


def test_recursive_function_becomes_linear():
    calls = []

    @memoize
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    assert fib(200) == 280571172992510140037611932413038677189525, "fib(200) is wrong"
    assert len(calls) == 201, f"each n should be computed once through the cache, got {len(calls)} calls"
    assert fib.__wrapped__ is not fib, "__wrapped__ must point at the undecorated function"


def test_positional_tuple_is_not_the_same_call_as_a_keyword():
    f, calls = counted(None)
    f(("b", 2))
    f(b=2)
    assert len(calls) == 2, (
        "f(('b', 2)) and f(b=2) are different calls: keep positional and keyword arguments apart in the key")


def test_each_decorated_function_has_its_own_cache():
    @memoize
    def plus_one(x):
        return x + 1

    @memoize
    def times_ten(x):
        return x * 10

    assert plus_one(3) == 4 and times_ten(3) == 30, "two memoized functions must not share cached results"
    assert times_ten.cache_info()["size"] == 1 and plus_one.cache_info()["size"] == 1, "one entry in each cache"


def test_falsy_results_are_cached_too():
    calls = []

    @memoize
    def nothing(x):
        calls.append(x)
        return None if x else 0

    for _ in range(3):
        nothing(1)
        nothing(0)
    assert len(calls) == 2, f"a cached None or 0 is still a hit; the function ran {len(calls)} times, not 2"
    assert nothing.cache_info() == {"hits": 4, "misses": 2, "size": 2}, f"got {nothing.cache_info()}"


class Arg:
    """A hashable argument that counts equality checks."""

    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Arg.eqs += 1
        return isinstance(other, Arg) and self.v == other.v


def test_hits_do_not_scan_the_cache():
    f, calls = counted(500)
    for i in range(500):
        f(Arg(i))
    Arg.eqs = 0
    for i in range(0, 500, 2):
        f(Arg(i))
    assert len(calls) == 500, "those calls were all hits"
    assert Arg.eqs <= 10 * 250, (
        f"{Arg.eqs} argument comparisons for 250 hits on a cache of 500: marking an entry most recently used "
        "must be O(1) (an OrderedDict's move_to_end, or a linked list), not a search through a list of keys")


def test_wrapper_keeps_name_and_doc_in_both_forms():
    def area(w, h):
        """Area of a w by h rectangle."""
        return w * h

    for form, wrapped in (("@memoize", memoize(area)), ("@memoize(maxsize=4)", memoize(maxsize=4)(area))):
        assert wrapped.__name__ == "area", f"{form}: __name__ must stay 'area', got {wrapped.__name__!r}"
        assert wrapped.__doc__ == "Area of a w by h rectangle.", f"{form}: __doc__ must be the function's docstring"
        assert wrapped.__wrapped__ is area, f"{form}: __wrapped__ must be the undecorated function"
        assert wrapped(3, 4) == 12, f"{form}: the wrapper must still compute the result"


def test_unhashable_keyword_argument_bypasses_the_cache():
    f, calls = counted(None)
    f(1, opts=[1, 2])
    f(1, opts=[1, 2])
    assert len(calls) == 2, "an unhashable keyword value cannot be part of a key: call the function every time"
    assert f.cache_info() == {"hits": 0, "misses": 0, "size": 0}, "bypassed calls are not counted"
