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
