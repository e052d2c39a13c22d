# Alternative: no queue.Queue; a deque guarded by one Condition, with the worker waiting for a
# free slot and close() waking it; the pass is a generator method, so each iteration is fresh.
import collections
import threading

from torch.utils.data import default_collate


class _Pass:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.cond = threading.Condition()
        self.stopped = False
        self.thread = None

    def offer(self, entry):
        with self.cond:
            self.cond.wait_for(lambda: self.stopped or len(self.items) < self.capacity)
            if self.stopped:
                return False
            self.items.append(entry)
            self.cond.notify_all()
            return True

    def take(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            entry = self.items.popleft()
            self.cond.notify_all()
            return entry

    def stop(self):
        with self.cond:
            self.stopped = True
            self.items.clear()
            self.cond.notify_all()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join()


class PrefetchLoader:
    def __init__(self, dataset, batch_size, *, prefetch=2, drop_last=False, collate_fn=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self.prefetch = prefetch
        self.drop_last = drop_last
        self.collate_fn = collate_fn if collate_fn is not None else default_collate
        self._current = None

    def __len__(self):
        full, rest = divmod(len(self.dataset), self.batch_size)
        return full + (1 if rest and not self.drop_last else 0)

    def _produce(self, run):
        total = len(self.dataset)
        for b in range(len(self)):
            lo = b * self.batch_size
            try:
                entry = ("batch", self.collate_fn([self.dataset[i] for i in range(lo, min(lo + self.batch_size, total))]))
            except BaseException as exc:
                run.offer(("error", exc))
                return
            if not run.offer(entry):
                return
        run.offer(("end", None))

    def __iter__(self):
        self.close()
        run = _Pass(self.prefetch)
        run.thread = threading.Thread(target=self._produce, args=(run,), daemon=True)
        self._current = run
        run.thread.start()
        return self._drain(run)

    def _drain(self, run):
        try:
            while True:
                kind, value = run.take()
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                yield value
        finally:
            run.stop()

    def close(self):
        if self._current is not None:
            self._current.stop()
            self._current = None
