import threading

import pytest
import torch

from _helpers import RecordingDataset, assert_batches_equal, expected_batches, new_threads_finish
from solution import PrefetchLoader


def test_queue_is_bounded_by_prefetch():
    data = RecordingDataset(40, batch_size=2)   # 20 batches
    loader = PrefetchLoader(data, batch_size=2, prefetch=2)
    it = iter(loader)
    next(it)  # the consumer now holds batch 0 and stops reading for a while
    with data.started:
        reached = data.started.wait_for(lambda: 2 in data.started_batches, timeout=8.0)
    assert reached, (
        "while the consumer held batch 0 the worker never started batch 2: "
        "batches must be prefetched in the background"
    )
    threading.Event().wait(0.3)  # give a runaway worker the chance to run ahead
    furthest = max(data.started_batches)
    loader.close()
    assert furthest <= 3, (
        f"with prefetch=2 and batch 0 in the consumer's hands the worker started batch {furthest}; "
        "at most prefetch finished batches (1 and 2) may wait in the queue while the worker builds "
        "batch 3, so the queue's maxsize is prefetch, not prefetch + 1"
    )


def test_close_stops_a_worker_blocked_on_a_full_queue():
    before = set(threading.enumerate())
    data = RecordingDataset(60, batch_size=3)
    loader = PrefetchLoader(data, batch_size=3, prefetch=1)
    for i, (_, y) in enumerate(loader):
        if i == 1:
            # wait until the worker has built batch 3: batch 2 fills the queue, so it now blocks
            with data.started:
                data.started.wait_for(lambda: 3 in data.started_batches, timeout=8.0)
            threading.Event().wait(0.1)
            break
    loader.close()
    loader.close()  # idempotent
    assert not new_threads_finish(before), "close() must stop the worker thread"


def test_loader_can_be_iterated_twice():
    before = set(threading.enumerate())
    loader = PrefetchLoader(RecordingDataset(7), batch_size=3, prefetch=3)
    first = list(loader)
    second = list(loader)
    assert_batches_equal(first, expected_batches(7, 3))
    assert_batches_equal(second, expected_batches(7, 3))
    assert not new_threads_finish(before), "no worker thread may outlive a finished pass"


def test_empty_and_tiny_datasets():
    assert list(PrefetchLoader([], batch_size=4)) == [], "an empty dataset gives no batches"
    loader = PrefetchLoader(RecordingDataset(3), batch_size=4, drop_last=True)
    assert len(loader) == 0 and list(loader) == [], "3 items, batch 4, drop_last: no batches"


def test_collate_errors_propagate_and_custom_collate_is_used():
    def collate(items):
        if items[0][1] == 4:
            raise RuntimeError("collate failed on batch 2")
        return torch.stack([x for x, _ in items]).sum()

    loader = PrefetchLoader(RecordingDataset(10), batch_size=2, collate_fn=collate)
    got = []
    with pytest.raises(RuntimeError, match="collate failed"):
        for b in loader:
            got.append(float(b))
    assert got == [0.0, 0.0], f"the two batches before the failure should arrive, got {got}"
    loader.close()


class _Corrupt(Exception):
    pass


class _FailingDataset(RecordingDataset):
    def __init__(self, n, fail_at, error):
        super().__init__(n)
        self.fail_at_index = fail_at
        self.error = error

    def __getitem__(self, i):
        if i == self.fail_at_index:
            raise self.error
        return super().__getitem__(i)


def test_the_consumer_gets_the_workers_exception_object():
    error = _Corrupt("bad bytes at record 5")
    loader = PrefetchLoader(_FailingDataset(8, 5, error), batch_size=2)
    with pytest.raises(_Corrupt) as info:
        list(loader)
    loader.close()
    assert info.value is error, (
        "re-raise the very exception the worker caught (with its type, attributes and traceback), "
        "not a new one built from its message"
    )


def test_no_thread_is_left_after_an_error_without_close():
    before = set(threading.enumerate())
    loader = PrefetchLoader(RecordingDataset(40, fail_at=6), batch_size=4, prefetch=1)
    try:
        with pytest.raises(ValueError, match="corrupt record 6"):
            for _ in loader:
                pass
        left = new_threads_finish(before, timeout=3.0)
        assert not left, (
            "after the error reached the consumer the worker thread was still running: stop the worker "
            "once it has failed (or when the consumer raises), even if close() is never called"
        )
    finally:
        loader.close()


def test_len_counts_the_short_last_batch():
    assert len(PrefetchLoader(RecordingDataset(7), batch_size=3)) == 3, "7 items in batches of 3 make 3 batches"
    assert len(PrefetchLoader(RecordingDataset(7), batch_size=3, drop_last=True)) == 2, "drop_last drops the short one"
    assert len(PrefetchLoader(RecordingDataset(6), batch_size=3)) == 2, "6 items in batches of 3 make exactly 2"
