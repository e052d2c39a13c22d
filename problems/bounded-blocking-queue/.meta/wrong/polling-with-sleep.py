# Mistake: waits by polling the queue in a loop with time.sleep instead of blocking on a condition.
import threading
import time
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._items = deque()
        self._lock = threading.Lock()

    def _poll(self, ready, act, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                if ready():
                    return act()
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("timed out")
            time.sleep(0.002)

    def put(self, item, timeout=None):
        self._poll(lambda: len(self._items) < self.capacity, lambda: self._items.append(item), timeout)

    def get(self, timeout=None):
        return self._poll(lambda: len(self._items) > 0, self._items.popleft, timeout)

    def __len__(self):
        with self._lock:
            return len(self._items)
