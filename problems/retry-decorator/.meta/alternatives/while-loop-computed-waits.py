# Correct: a while loop that remembers the last error and computes each wait as delay * backoff**k.
import time
from functools import update_wrapper


def retry(times, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    if type(times) is not int or times < 1:
        raise ValueError("times must be a positive int")
    if isinstance(exceptions, type):
        exceptions = (exceptions,)
    exceptions = tuple(exceptions)

    def decorator(func):
        def wrapper(*args, **kwargs):
            attempt = 0
            while True:
                try:
                    return func(*args, **kwargs)
                except BaseException as exc:
                    if not isinstance(exc, exceptions) or attempt + 1 == times:
                        raise
                if delay:
                    sleep(delay * backoff ** attempt)
                attempt += 1

        return update_wrapper(wrapper, func)

    return decorator
