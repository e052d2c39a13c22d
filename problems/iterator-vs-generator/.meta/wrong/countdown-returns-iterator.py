# countdown returns a Countdown iterator object, not a generator
def _check(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"n must be an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")


class Countdown:
    """Iterator yielding n, n-1, ..., 1 once; stays exhausted afterwards."""

    def __init__(self, n):
        _check(n)
        self._current = n

    def __iter__(self):
        return self

    def __next__(self):
        if self._current <= 0:
            raise StopIteration
        value = self._current
        self._current -= 1
        return value


class CountdownRange:
    """Re-iterable: each iter() starts a fresh countdown from n. len() is n."""

    def __init__(self, n):
        _check(n)
        self._n = n

    def __iter__(self):
        return Countdown(self._n)

    def __len__(self):
        return self._n


def countdown(n):
    """Reuse the iterator class."""
    return Countdown(n)
