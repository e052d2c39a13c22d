# Correct alternative: a wrapper class; LRU order from a plain dict (pop and re-insert moves a key to the end).
import functools

_KW = object()   # separates positional from keyword arguments in the key


class _Memo:
    def __init__(self, fn, maxsize):
        functools.update_wrapper(self, fn)
        self._fn, self._max = fn, maxsize
        self._store = {}
        self._hits = self._misses = 0

    def __call__(self, *args, **kwargs):
        key = args
        if kwargs:
            key += (_KW,) + tuple(sorted(kwargs.items()))
        try:
            hash(key)        # dict.pop on an empty dict would not hash the key
        except TypeError:
            return self._fn(*args, **kwargs)
        try:
            value = self._store.pop(key)
        except KeyError:
            pass
        else:
            self._store[key] = value
            self._hits += 1
            return value
        self._misses += 1
        value = self._fn(*args, **kwargs)
        if self._max != 0:
            self._store[key] = value
            if self._max is not None and len(self._store) > self._max:
                del self._store[next(iter(self._store))]
        return value

    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)

    def cache_info(self):
        return {"hits": self._hits, "misses": self._misses, "size": len(self._store)}

    def cache_clear(self):
        self._store.clear()
        self._hits = self._misses = 0


def memoize(func=None, *, maxsize=None):
    if func is None:
        return lambda f: _Memo(f, maxsize)
    return _Memo(func, maxsize)
