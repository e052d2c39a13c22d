import functools


def memoize(func=None, *, maxsize=None):
    """Cache results of the decorated function; usable as @memoize or @memoize(maxsize=N).

    Evicts the least recently used entry beyond maxsize; unhashable arguments bypass the cache.
    The wrapper offers cache_info() -> {"hits", "misses", "size"} and cache_clear().
    """
    # TODO: handle the bare and the called form, then build a functools.wraps wrapper
    def decorator(f):
        return f

    return decorator if func is None else decorator(func)
