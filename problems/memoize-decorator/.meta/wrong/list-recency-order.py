# Wrong: recency is kept in a Python list and list.remove finds the key on every hit, O(size) per hit.
import functools


def memoize(func=None, *, maxsize=None):
    def decorator(f):
        cache, order = {}, []
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            try:
                hash(key)
            except TypeError:
                return f(*args, **kwargs)
            if key in cache:
                stats["hits"] += 1
                order.remove(key)
                order.append(key)
                return cache[key]
            stats["misses"] += 1
            result = f(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                order.append(key)
                if maxsize is not None and len(cache) > maxsize:
                    del cache[order.pop(0)]
            return result

        wrapper.cache_info = lambda: {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache)}

        def cache_clear():
            cache.clear()
            order.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator(func) if func is not None else decorator
