# Correct alternative: per-count doubly linked lists of nodes (no OrderedDict), a dict of list heads.
class _Node:
    __slots__ = ("key", "value", "count", "prev", "next")

    def __init__(self, key, value):
        self.key, self.value, self.count = key, value, 1
        self.prev = self.next = None


class _List:
    def __init__(self):
        self.head = _Node(None, None)     # sentinel: head.next is the oldest, head.prev the newest
        self.head.prev = self.head.next = self.head
        self.size = 0

    def append(self, node):
        last = self.head.prev
        last.next = node
        node.prev, node.next = last, self.head
        self.head.prev = node
        self.size += 1

    def unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
        self.size -= 1

    def oldest(self):
        return self.head.next


class LFUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError(f"capacity must be non-negative, got {capacity}")
        self.cap = capacity
        self.nodes = {}
        self.lists = {}
        self.low = 0

    def _bump(self, node):
        lst = self.lists[node.count]
        lst.unlink(node)
        if lst.size == 0:
            del self.lists[node.count]
            if self.low == node.count:
                self.low += 1
        node.count += 1
        self.lists.setdefault(node.count, _List()).append(node)

    def get(self, key, default=None):
        node = self.nodes.get(key)
        if node is None:
            return default
        self._bump(node)
        return node.value

    def put(self, key, value):
        if self.cap == 0:
            return
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._bump(node)
            return
        if len(self.nodes) == self.cap:
            lst = self.lists[self.low]
            victim = lst.oldest()
            lst.unlink(victim)
            if lst.size == 0:
                del self.lists[self.low]
            del self.nodes[victim.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self.lists.setdefault(1, _List()).append(node)
        self.low = 1

    def count(self, key):
        node = self.nodes.get(key)
        return 0 if node is None else node.count

    def __len__(self):
        return len(self.nodes)

    def __contains__(self, key):
        return key in self.nodes
