# Correct alternative: collections.OrderedDict with move_to_end / popitem(last=False).
from collections import OrderedDict

_MISSING = object()


class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError(f"capacity must be non-negative, got {capacity}")
        self.capacity = capacity
        self._od = OrderedDict()

    def get(self, key, default=None):
        value = self._od.get(key, _MISSING)
        if value is _MISSING:
            return default
        self._od.move_to_end(key)
        return value

    def put(self, key, value):
        if self.capacity == 0:
            return
        if key in self._od:
            self._od.move_to_end(key)
        elif len(self._od) == self.capacity:
            self._od.popitem(last=False)
        self._od[key] = value

    def __len__(self):
        return len(self._od)

    def __contains__(self, key):
        return key in self._od
