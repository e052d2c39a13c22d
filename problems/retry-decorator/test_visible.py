from solution import retry


def test_example_from_prompt():
    calls = []

    @retry(3, exceptions=ConnectionError, delay=1.0, sleep=calls.append)
    def fetch(x):
        """Fetch x."""
        if len(calls) < 2:
            raise ConnectionError("try again")
        return x * 10

    assert fetch(4) == 40, "the third attempt succeeds and its result is returned"
    assert calls == [1.0, 2.0], f"waits should be 1.0 then 2.0 (doubling), got {calls}"
    assert fetch.__name__ == "fetch" and fetch.__doc__ == "Fetch x.", "use functools.wraps"
