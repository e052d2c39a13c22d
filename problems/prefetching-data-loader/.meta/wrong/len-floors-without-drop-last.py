# len() floors n / batch_size even when drop_last=False, missing the smaller last batch
import queue
import threading

from torch.utils.data import default_collate

_END = object()


class _Failure:
    def __init__(self, exc):
        self.exc = exc


class PrefetchLoader:
    """Yield collated batches in order, built ahead of time by one background thread."""

    def __init__(self, dataset, batch_size, *, prefetch=2, drop_last=False, collate_fn=None):
        if batch_size < 1 or prefetch < 1:
            raise ValueError("batch_size and prefetch must be at least 1")
        self.dataset = dataset
        self.batch_size = batch_size
        self.prefetch = prefetch
        self.drop_last = drop_last
        self.collate_fn = collate_fn or default_collate
        self._stop = None
        self._queue = None
        self._thread = None

    def __len__(self):
        n = len(self.dataset)
        return n // self.batch_size

    @staticmethod
    def _put(q, stop, item):
        while not stop.is_set():
            try:
                q.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def _work(self, q, stop):
        n = len(self.dataset)
        try:
            for b in range(len(self)):
                if stop.is_set():
                    return
                start = b * self.batch_size
                items = [self.dataset[i] for i in range(start, min(start + self.batch_size, n))]
                if not self._put(q, stop, self.collate_fn(items)):
                    return
        except BaseException as exc:  # hand every failure to the consumer
            self._put(q, stop, _Failure(exc))
            return
        self._put(q, stop, _END)

    def __iter__(self):
        self.close()
        q = queue.Queue(maxsize=self.prefetch)
        stop = threading.Event()
        thread = threading.Thread(target=self._work, args=(q, stop), daemon=True)
        self._queue, self._stop, self._thread = q, stop, thread
        thread.start()
        return self._consume(q, stop, thread)

    def _consume(self, q, stop, thread):
        try:
            while True:
                item = q.get()
                if item is _END:
                    return
                if isinstance(item, _Failure):
                    raise item.exc
                yield item
        finally:
            self._shutdown(q, stop, thread)

    @staticmethod
    def _shutdown(q, stop, thread):
        stop.set()
        while True:
            try:
                q.get_nowait()
            except queue.Empty:
                break
        thread.join()

    def close(self):
        if self._thread is not None:
            self._shutdown(self._queue, self._stop, self._thread)
            self._thread = None
