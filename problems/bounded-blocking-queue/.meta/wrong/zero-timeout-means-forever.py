# Mistake: writes `timeout or None`, so timeout=0 counts as 'no timeout' and blocks forever instead of failing at once.
import threading
import time
from collections import deque


class BoundedBlockingQueue:
    """FIFO queue of at most `capacity` items; put blocks when full, get blocks when empty."""

    def __init__(self, capacity):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._items = deque()
        self._lock = threading.Lock()
        self._not_full = threading.Condition(self._lock)
        self._not_empty = threading.Condition(self._lock)

    def _wait(self, condition, predicate, timeout):
        if timeout is not None and timeout < 0:
            raise ValueError("timeout must be >= 0")
        if not condition.wait_for(predicate, timeout or None):   # no timeout given: wait forever
            raise TimeoutError("timed out waiting on the queue")

    def put(self, item, timeout=None):
        with self._not_full:
            self._wait(self._not_full, lambda: len(self._items) < self.capacity, timeout)
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout=None):
        with self._not_empty:
            self._wait(self._not_empty, lambda: len(self._items) > 0, timeout)
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def __len__(self):
        with self._lock:
            return len(self._items)
