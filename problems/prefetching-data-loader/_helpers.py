import threading

import torch


class RecordingDataset:
    """Items (x, y) with x = [i, -i]; records which thread fetched each index."""

    def __init__(self, n, fail_at=None, batch_size=1):
        self.n = n
        self.fail_at = fail_at
        self.batch_size = batch_size
        self.threads = set()
        self.started_batches = []
        self.started = threading.Condition()

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.threads.add(threading.get_ident())
        if i % self.batch_size == 0:
            with self.started:
                self.started_batches.append(i // self.batch_size)
                self.started.notify_all()
        if i == self.fail_at:
            raise ValueError(f"corrupt record {i}")
        return torch.tensor([float(i), -float(i)]), i


def expected_batches(n, batch_size, drop_last=False):
    out = []
    for start in range(0, n, batch_size):
        idx = list(range(start, min(start + batch_size, n)))
        if drop_last and len(idx) < batch_size:
            break
        x = torch.tensor([[float(i), -float(i)] for i in idx])
        out.append((x, torch.tensor(idx)))
    return out


def assert_batches_equal(got, want):
    assert len(got) == len(want), f"expected {len(want)} batches, got {len(got)}"
    for b, ((gx, gy), (wx, wy)) in enumerate(zip(got, want)):
        assert torch.equal(gx, wx) and torch.equal(gy, wy), (
            f"batch {b} should hold items {wy.tolist()} in order, got labels {gy.tolist()}"
        )


def new_threads_finish(before, timeout=5.0):
    """Join every thread started since `before`; return those still running."""
    leftover = [t for t in threading.enumerate() if t not in before]
    for t in leftover:
        t.join(timeout)
    return [t for t in leftover if t.is_alive()]
