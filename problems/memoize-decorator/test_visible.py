from solution import memoize


def test_example_from_prompt():
    @memoize(maxsize=2)
    def square(x):
        return x * x

    got = (square(2), square(3), square(2), square(4))
    assert got == (4, 9, 4, 16), f"results must be the function's results, got {got}"
    info = square.cache_info()
    assert info == {"hits": 1, "misses": 3, "size": 2}, f"expected 1 hit, 3 misses, size 2; got {info}"


def test_bare_decorator_form():
    calls = []

    @memoize
    def double(x):
        """Twice x."""
        calls.append(x)
        return 2 * x

    assert double(5) == 10 and double(5) == 10, "bare @memoize must still return the right value"
    assert calls == [5], f"the second call with the same argument must come from the cache, calls were {calls}"
    assert double.__name__ == "double" and double.__doc__ == "Twice x.", "keep the metadata (functools.wraps)"
