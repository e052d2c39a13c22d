import functools
import time


def retry(times, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    """Decorator factory: retry the decorated function up to `times` attempts in total.

    Only `exceptions` are retried; waits delay, delay*backoff, ... via `sleep` between attempts;
    re-raises the last exception when all attempts fail; preserves the function's metadata.
    """
    # TODO: validate `times` here, then return a decorator that builds a functools.wraps wrapper
    def decorator(func):
        return func

    return decorator
