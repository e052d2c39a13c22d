import pytest

from solution import retry


def make_flaky(failures, exc_type=ConnectionError):
    state = {"calls": 0, "raised": []}

    def flaky(*args, **kwargs):
        state["calls"] += 1
        if state["calls"] <= failures:
            err = exc_type(f"failure {state['calls']}")
            state["raised"].append(err)
            raise err
        return args, kwargs

    return flaky, state


def test_gives_up_after_exactly_times_attempts_and_reraises_last_error():
    sleeps = []
    flaky, state = make_flaky(10)
    wrapped = retry(4, exceptions=(ConnectionError,), delay=0.5, backoff=3.0, sleep=sleeps.append)(flaky)
    with pytest.raises(ConnectionError) as info:
        wrapped()
    assert state["calls"] == 4, f"times=4 means 4 attempts in total, not {state['calls']}"
    assert info.value is state["raised"][-1], "re-raise the last exception object itself"
    assert sleeps == [0.5, 1.5, 4.5], f"three waits between four attempts: 0.5, 1.5, 4.5; got {sleeps}"


def test_other_exceptions_are_not_retried():
    flaky, state = make_flaky(5, exc_type=KeyError)
    wrapped = retry(5, exceptions=(ConnectionError, TimeoutError), sleep=lambda s: None)(flaky)
    with pytest.raises(KeyError):
        wrapped()
    assert state["calls"] == 1, "a KeyError is not in `exceptions`: it must propagate after one call"


def test_subclasses_are_retried_and_arguments_pass_through():
    flaky, state = make_flaky(1, exc_type=ConnectionResetError)  # subclass of ConnectionError
    wrapped = retry(2, exceptions=ConnectionError)(flaky)
    assert wrapped(1, 2, key="v") == ((1, 2), {"key": "v"}), "arguments and result must pass through"
    assert state["calls"] == 2, "a subclass of a listed exception is retried"


def test_zero_delay_never_sleeps_and_single_attempt():
    sleeps = []
    flaky, state = make_flaky(1)
    with pytest.raises(ConnectionError):
        retry(1, sleep=sleeps.append)(flaky)()
    assert state["calls"] == 1 and sleeps == [], "times=1 means one attempt and no waiting"
    flaky2, _ = make_flaky(2)
    retry(3, sleep=sleeps.append)(flaky2)()
    assert sleeps == [], f"with delay=0 sleep must never be called, got {sleeps}"


def test_bad_times_fails_at_decoration_time():
    for bad in (0, -1):
        with pytest.raises(ValueError):
            retry(bad)


def test_wrapped_is_exposed():
    def original():
        """Doc."""

    wrapped = retry(2)(original)
    assert wrapped.__wrapped__ is original, "functools.wraps sets __wrapped__ to the original function"
    assert wrapped.__doc__ == "Doc.", "the docstring must be preserved"


def test_each_call_starts_over():
    sleeps = []
    state = {"calls": 0}

    def fails_twice_per_call():
        state["calls"] += 1
        if state["calls"] % 3:
            raise ConnectionError("transient")
        return state["calls"]

    wrapped = retry(3, exceptions=ConnectionError, delay=1.0, sleep=sleeps.append)(fails_twice_per_call)
    assert wrapped() == 3 and wrapped() == 6, "each call gets its own 3 attempts"
    assert sleeps == [1.0, 2.0, 1.0, 2.0], (
        f"every call must start again from `delay` (1.0, 2.0 then 1.0, 2.0), got {sleeps}: "
        "keep the wait and the attempt count inside the wrapper, not in the decorator"
    )


def test_times_must_be_an_int():
    for bad in (2.5, "3", None):
        try:
            retry(bad)
        except ValueError:
            continue
        except Exception as exc:  # noqa: BLE001 - the candidate may raise anything
            raise AssertionError(f"retry({bad!r}) raised {type(exc).__name__}; raise ValueError instead") from exc
        raise AssertionError(f"retry({bad!r}) must raise ValueError: times is an int >= 1")
