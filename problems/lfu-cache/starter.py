class LFUCache:
    """Evicts the least frequently used key (least recently used among ties); O(1) get/put."""

    def __init__(self, capacity):
        # TODO: key -> (value, count) map, count -> recency-ordered keys, the minimum count
        self.capacity = capacity

    def get(self, key, default=None):
        # TODO
        return default

    def put(self, key, value):
        # TODO
        pass

    def count(self, key):
        """Use count of key (0 if absent); not itself a use."""
        # TODO
        return 0

    def __len__(self):
        # TODO
        return 0

    def __contains__(self, key):
        # TODO
        return False
