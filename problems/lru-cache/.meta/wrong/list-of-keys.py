# Wrong: recency is a Python list of keys; list.remove scans it on every hit (O(n) per operation).
class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._data = {}
        self._order = []

    def get(self, key, default=None):
        if key not in self._data:
            return default
        self._order.remove(key)
        self._order.append(key)
        return self._data[key]

    def put(self, key, value):
        if self.capacity == 0:
            return
        if key in self._data:
            self._order.remove(key)
        elif len(self._data) >= self.capacity:
            del self._data[self._order.pop(0)]
        self._data[key] = value
        self._order.append(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data
