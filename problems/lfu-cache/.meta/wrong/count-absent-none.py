# count() of an absent key returns None instead of 0
from collections import OrderedDict


class LFUCache:
    """Evicts the least frequently used key (least recently used among ties); O(1) get/put."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._entries = {}  # key -> [value, count]
        self._buckets = {}  # count -> OrderedDict of keys, oldest first
        self._min = 0

    def _touch(self, key):
        entry = self._entries[key]
        old = entry[1]
        bucket = self._buckets[old]
        del bucket[key]
        if not bucket:
            del self._buckets[old]
            if self._min == old:
                self._min = old + 1
        entry[1] = old + 1
        self._buckets.setdefault(old + 1, OrderedDict())[key] = None

    def get(self, key, default=None):
        if key not in self._entries:
            return default
        self._touch(key)
        return self._entries[key][0]

    def put(self, key, value):
        if self.capacity == 0:
            return
        if key in self._entries:
            self._entries[key][0] = value
            self._touch(key)
            return
        if len(self._entries) >= self.capacity:
            bucket = self._buckets[self._min]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self._buckets[self._min]
            del self._entries[victim]
        self._entries[key] = [value, 1]
        self._buckets.setdefault(1, OrderedDict())[key] = None
        self._min = 1

    def count(self, key):
        entry = self._entries.get(key)
        return entry[1] if entry else None

    def __len__(self):
        return len(self._entries)

    def __contains__(self, key):
        return key in self._entries
