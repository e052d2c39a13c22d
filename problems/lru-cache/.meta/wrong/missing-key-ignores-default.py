# get ignores the default argument and returns None for an absent key
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    """Fixed-capacity cache evicting the least recently used entry; O(1) get and put."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._map = {}
        self._head = _Node()  # least recent side
        self._tail = _Node()  # most recent side
        self._head.next, self._tail.prev = self._tail, self._head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        last = self._tail.prev
        last.next = node
        node.prev, node.next = last, self._tail
        self._tail.prev = node

    def get(self, key, default=None):
        node = self._map.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value):
        if self.capacity == 0:
            return
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._map) >= self.capacity:
            oldest = self._head.next
            self._unlink(oldest)
            del self._map[oldest.key]
        node = _Node(key, value)
        self._map[key] = node
        self._append(node)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        return key in self._map
