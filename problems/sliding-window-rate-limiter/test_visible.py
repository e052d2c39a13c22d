from solution import RateLimiter


def test_example_from_prompt():
    now = [0.0]
    rl = RateLimiter(limit=2, window=10, clock=lambda: now[0])
    assert rl.allow("u") is True, "first request"
    now[0] = 4.0
    assert rl.allow("u") is True, "second request within the limit"
    assert rl.allow("u") is False, "third request in (-6, 4] exceeds the limit of 2"
    now[0] = 10.0
    assert rl.allow("u") is True, "at t=10 the request from t=0 is outside (0, 10]"
    assert rl.remaining("u") == 0, "t=4 and t=10 both count now"
