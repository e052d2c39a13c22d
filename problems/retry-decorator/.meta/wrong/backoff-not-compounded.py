# Mistake: The wait is delay, then delay*backoff for every later wait: the backoff factor is not compounded
import functools
import time


def retry(times, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    if not isinstance(times, int) or isinstance(times, bool) or times < 1:
        raise ValueError("times must be an int >= 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    wait = delay if attempt == 0 else delay * backoff
                    if wait > 0:
                        sleep(wait)

        return wrapper

    return decorator
