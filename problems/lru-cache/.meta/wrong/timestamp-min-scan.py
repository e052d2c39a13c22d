# Wrong: each entry stores a timestamp and eviction scans all entries for the oldest one (O(n) per evicting put; keys are not hashed in the scan).
import itertools


class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._data = {}  # key -> [value, last use]
        self._clock = itertools.count()

    def get(self, key, default=None):
        entry = self._data.get(key)
        if entry is None:
            return default
        entry[1] = next(self._clock)
        return entry[0]

    def put(self, key, value):
        if self.capacity == 0:
            return
        entry = self._data.get(key)
        if entry is not None:
            entry[0], entry[1] = value, next(self._clock)
            return
        if len(self._data) >= self.capacity:
            oldest, victim = None, None
            for k, (_, t) in self._data.items():
                if oldest is None or t < oldest:
                    oldest, victim = t, k
            del self._data[victim]
        self._data[key] = [value, next(self._clock)]

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data
