# Mistake: treats `times` as retries after the first call, so it makes times + 1 attempts.
import functools
import time


def retry(times, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    """Decorator factory: retry the decorated function up to `times` attempts in total."""
    if not isinstance(times, int) or isinstance(times, bool) or times < 1:
        raise ValueError(f"times must be an int >= 1, got {times!r}")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    if wait > 0:
                        sleep(wait)
                    wait *= backoff
            raise AssertionError("unreachable")

        return wrapper

    return decorator
