import threading
import time


class BoundedBlockingQueue:
    """FIFO queue of at most `capacity` items; put blocks when full, get blocks when empty."""

    def __init__(self, capacity):
        # TODO: validate; storage, one lock and the conditions built on it
        self.capacity = capacity
        self._items = []

    def put(self, item, timeout=None):
        """Append item, waiting for room; TimeoutError if the timeout runs out."""
        # TODO
        self._items.append(item)

    def get(self, timeout=None):
        """Remove and return the oldest item, waiting for one; TimeoutError on timeout."""
        # TODO
        raise NotImplementedError

    def __len__(self):
        # TODO
        return len(self._items)
