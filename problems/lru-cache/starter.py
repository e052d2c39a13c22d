class LRUCache:
    """Fixed-capacity cache evicting the least recently used entry; O(1) get and put."""

    def __init__(self, capacity):
        # TODO: validate capacity and set up the key -> entry map and the recency order
        self.capacity = capacity

    def get(self, key, default=None):
        """Return the value for key (marking it most recent) or default."""
        # TODO
        return default

    def put(self, key, value):
        """Insert or update key; evict the least recently used entry when over capacity."""
        # TODO

    def __len__(self):
        # TODO
        return 0

    def __contains__(self, key):
        # TODO: membership test that does not change recency
        return False
