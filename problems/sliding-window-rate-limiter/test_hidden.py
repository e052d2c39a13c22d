import tracemalloc

import pytest

from solution import RateLimiter


class FakeClock:
    def __init__(self):
        self.t = 100.0
        self.reads = 0

    def __call__(self):
        self.reads += 1
        return self.t


def test_boundary_is_half_open():
    clock = FakeClock()
    rl = RateLimiter(1, 5, clock)
    assert rl.allow("k")
    clock.t = 104.5
    assert not rl.allow("k"), "4.5 s later the first request still counts"
    clock.t = 105.0
    assert rl.allow("k"), "exactly `window` seconds later the old request has left (t - window, t]"


def test_denied_requests_are_not_recorded():
    clock = FakeClock()
    rl = RateLimiter(2, 10, clock)
    rl.allow("k")
    rl.allow("k")
    for dt in (1, 2, 3, 9.5):
        clock.t = 100 + dt
        assert not rl.allow("k"), f"still limited at +{dt}"
    clock.t = 110.0
    assert rl.allow("k") and rl.allow("k"), "denied attempts must not keep the client blocked: both slots free at +10"
    assert not rl.allow("k"), "and the limit applies again"


def test_no_burst_at_a_fixed_window_boundary():
    clock = FakeClock()
    clock.t = 9.0
    rl = RateLimiter(3, 10, clock)
    assert all(rl.allow("k") for _ in range(3)), "three requests at t=9"
    clock.t = 11.0
    assert not rl.allow("k"), "at t=11 the window (1, 11] still holds three requests: a fixed window would wrongly reset at t=10"


def test_keys_are_independent_and_remaining_does_not_record():
    clock = FakeClock()
    rl = RateLimiter(2, 10, clock)
    assert rl.remaining("a") == 2, "a new key has the full allowance"
    for _ in range(5):
        rl.remaining("a")
    assert rl.allow("a") and rl.allow("a"), "remaining() must not use up requests"
    assert not rl.allow("a") and rl.allow("b"), "another key has its own allowance"
    assert rl.remaining("b") == 1, "b used one of two"


def test_idle_keys_are_dropped_and_clock_is_used():
    clock = FakeClock()
    rl = RateLimiter(3, 2, clock)
    for i in range(100):
        rl.allow(f"user{i}")
    assert rl.tracked_keys() == 100, "100 keys with live requests"
    clock.t += 2
    rl.allow("fresh")
    assert rl.tracked_keys() == 1, "after the window passes only the new key may hold timestamps"
    assert clock.reads > 0, "read time through the injected clock"


def test_invalid_configuration():
    for limit, window in ((0, 1), (-1, 1), (1, 0), (1, -3)):
        with pytest.raises(ValueError):
            RateLimiter(limit, window, FakeClock())


def test_remaining_recovers_once_the_window_has_passed():
    clock = FakeClock()
    rl = RateLimiter(3, 10, clock)
    for _ in range(3):
        rl.allow("k")
    assert rl.remaining("k") == 0, "three of three used"
    clock.t = 105.0
    rl.allow("other")
    assert rl.remaining("k") == 0, "5 s later all three still count"
    clock.t = 110.0
    assert rl.remaining("k") == 3, (
        "10 s later the three requests have left the window (100, 110]: remaining() must drop expired "
        f"requests too, got {rl.remaining('k')}")
    assert rl.remaining("ghost") == 3 and rl.tracked_keys() == 1, (
        "asking remaining() about a key with no live requests must not start tracking it")


def test_limit_must_be_an_int():
    with pytest.raises(ValueError):
        RateLimiter(2.5, 10, FakeClock())
        pytest.fail("RateLimiter(2.5, 10) must raise ValueError: limit is an int >= 1")


def test_idle_keys_give_their_memory_back():
    clock = FakeClock()
    rl = RateLimiter(2, 1, clock)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for i in range(3000):
            rl.allow(("client", i))
        grown = tracemalloc.get_traced_memory()[0] - base
        clock.t += 5
        assert rl.tracked_keys() == 0, "every request has expired: no key should be tracked"
        left = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert left < grown / 4, (
        f"3000 idle clients still hold {left} of the {grown} bytes they took: once a key's requests have "
        "all expired, drop the key and its timestamps from memory, not only from the count")
