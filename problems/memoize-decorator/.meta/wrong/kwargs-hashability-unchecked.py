# checks only the positional arguments for hashability, so an unhashable keyword value raises TypeError
import functools
from collections import OrderedDict


def memoize(func=None, *, maxsize=None):
    """Cache results of the decorated function; usable as @memoize or @memoize(maxsize=N)."""
    if maxsize is not None and maxsize < 0:
        raise ValueError("maxsize must be >= 0 or None")

    def decorator(f):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            try:
                hash(args)
            except TypeError:
                return f(*args, **kwargs)
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = f(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)
            return result

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache)}

        def cache_clear():
            cache.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
