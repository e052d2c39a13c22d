import queue
import threading

from torch.utils.data import default_collate


class PrefetchLoader:
    """Yield collated batches in order, built ahead of time by one background thread."""

    def __init__(self, dataset, batch_size, *, prefetch=2, drop_last=False, collate_fn=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self.prefetch = prefetch
        self.drop_last = drop_last
        self.collate_fn = collate_fn or default_collate

    def __len__(self):
        # TODO: number of batches
        raise NotImplementedError

    def __iter__(self):
        # TODO: start a worker thread feeding a bounded queue; yield its batches in order;
        # re-raise worker exceptions; stop on the end marker
        raise NotImplementedError

    def close(self):
        # TODO: stop the worker even if it is blocked on a full queue
        pass
