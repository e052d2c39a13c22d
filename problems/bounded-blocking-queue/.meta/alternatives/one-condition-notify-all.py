# Correct alternative: a single Condition for both sides, woken with notify_all, and an explicit deadline.
import threading
import time


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._items = []
        self._head = 0
        self._cv = threading.Condition()

    def _size(self):
        return len(self._items) - self._head

    def _wait_until(self, ready, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError("timed out")
            self._cv.wait(left)

    def put(self, item, timeout=None):
        with self._cv:
            self._wait_until(lambda: self._size() < self.capacity, timeout)
            self._items.append(item)
            self._cv.notify_all()

    def get(self, timeout=None):
        with self._cv:
            self._wait_until(lambda: self._size() > 0, timeout)
            item = self._items[self._head]
            self._items[self._head] = None
            self._head += 1
            if self._head > 64 and self._head * 2 > len(self._items):
                del self._items[: self._head]
                self._head = 0
            self._cv.notify_all()
            return item

    def __len__(self):
        with self._cv:
            return self._size()
