"""An ndarray subclass that records which parts of it were read by indexing."""

import numpy as np


class RecordingArray(np.ndarray):
    """Records the index of each __getitem__ call on the original (un-sliced) array."""

    def __array_finalize__(self, obj):
        # Slices and results do not record: only reads of the original input count.
        self.reads = None

    def __getitem__(self, key):
        if self.reads is not None:
            self.reads.append(key)
        result = super().__getitem__(key)
        return result.view(np.ndarray) if isinstance(result, np.ndarray) else result


def recording(array):
    arr = np.asarray(array).view(RecordingArray)
    arr.reads = []
    return arr
