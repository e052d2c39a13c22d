# Correct alternative: the classic two-semaphore design (free slots, filled slots) plus a lock for the deque.
import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if type(capacity) is not int or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._items = deque()
        self._lock = threading.Lock()
        self._free = threading.Semaphore(capacity)
        self._filled = threading.Semaphore(0)

    def put(self, item, timeout=None):
        if not self._free.acquire(timeout=timeout):
            raise TimeoutError("queue full")
        with self._lock:
            self._items.append(item)
        self._filled.release()

    def get(self, timeout=None):
        if not self._filled.acquire(timeout=timeout):
            raise TimeoutError("queue empty")
        with self._lock:
            item = self._items.popleft()
        self._free.release()
        return item

    def __len__(self):
        with self._lock:
            return len(self._items)
