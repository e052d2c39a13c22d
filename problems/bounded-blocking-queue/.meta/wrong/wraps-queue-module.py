# Mistake: wraps the standard library's queue.Queue, which the prompt forbids.
import queue


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._q = queue.Queue(capacity)

    def put(self, item, timeout=None):
        try:
            self._q.put(item, block=timeout != 0, timeout=timeout or None)
        except queue.Full:
            raise TimeoutError("full") from None

    def get(self, timeout=None):
        try:
            return self._q.get(block=timeout != 0, timeout=timeout or None)
        except queue.Empty:
            raise TimeoutError("empty") from None

    def __len__(self):
        return self._q.qsize()
