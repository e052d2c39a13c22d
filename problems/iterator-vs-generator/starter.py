class Countdown:
    """Iterator yielding n, n-1, ..., 1 once; stays exhausted afterwards."""

    def __init__(self, n):
        # TODO: validate n (TypeError / ValueError) and store the state
        pass

    def __iter__(self):
        # TODO
        raise NotImplementedError

    def __next__(self):
        # TODO
        raise NotImplementedError


class CountdownRange:
    """Re-iterable: each iter() starts a fresh countdown from n. len() is n."""

    def __init__(self, n):
        # TODO
        pass

    def __iter__(self):
        # TODO
        raise NotImplementedError

    def __len__(self):
        # TODO
        raise NotImplementedError


def countdown(n):
    """Return a generator yielding n, n-1, ..., 1; raise ValueError/TypeError immediately."""
    # TODO
    raise NotImplementedError
