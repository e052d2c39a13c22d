# Wrong: the victim is found by looping over every entry's (count, last use) pair, O(n) per eviction (keys are never hashed in the loop, only the work grows).
class LFUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._entries = {}  # key -> [value, count, last use]
        self._tick = 0

    def _use(self, entry):
        self._tick += 1
        entry[1] += 1
        entry[2] = self._tick

    def get(self, key, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        self._use(entry)
        return entry[0]

    def put(self, key, value):
        if self.capacity == 0:
            return
        entry = self._entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(entry)
            return
        if len(self._entries) >= self.capacity:
            best, victim = None, None
            for k, e in self._entries.items():
                if best is None or (e[1], e[2]) < best:
                    best, victim = (e[1], e[2]), k
            del self._entries[victim]
        self._tick += 1
        self._entries[key] = [value, 1, self._tick]

    def count(self, key):
        entry = self._entries.get(key)
        return entry[1] if entry else 0

    def __len__(self):
        return len(self._entries)

    def __contains__(self, key):
        return key in self._entries
