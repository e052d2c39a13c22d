import threading

import pytest

from _helpers import RecordingDataset, assert_batches_equal, expected_batches, new_threads_finish
from solution import PrefetchLoader


def test_batches_in_order_with_partial_last_batch():
    data = RecordingDataset(10)
    loader = PrefetchLoader(data, batch_size=4, prefetch=2)
    assert len(loader) == 3, f"10 items in batches of 4 make 3 batches, len() gave {len(loader)}"
    assert_batches_equal(list(loader), expected_batches(10, 4))
    dropped = PrefetchLoader(RecordingDataset(10), batch_size=4, drop_last=True)
    assert len(dropped) == 2, "with drop_last=True the short last batch does not count"
    assert_batches_equal(list(dropped), expected_batches(10, 4, drop_last=True))


def test_items_are_loaded_in_a_background_thread():
    before = set(threading.enumerate())
    data = RecordingDataset(6)
    list(PrefetchLoader(data, batch_size=2))
    assert data.threads, "the dataset was never read"
    assert threading.get_ident() not in data.threads, (
        "dataset items were read in the consumer's thread; load them in a worker thread"
    )
    assert not new_threads_finish(before), "the worker thread is still running after the last batch"


def test_worker_exception_reaches_the_consumer():
    before = set(threading.enumerate())
    loader = PrefetchLoader(RecordingDataset(12, fail_at=6), batch_size=4)
    it = iter(loader)
    first = next(it)
    assert first[1].tolist() == [0, 1, 2, 3], "the batch before the failure must still arrive"
    with pytest.raises(ValueError, match="corrupt record 6"):
        next(it)
    loader.close()
    assert not new_threads_finish(before), "the worker thread is still running after the error"
