# Correct alternative: CountdownRange.__iter__ is a generator method; countdown returns a generator expression.
import numbers


def _validate(n):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral):
        raise TypeError("n must be an integer")
    if n < 0:
        raise ValueError("n must not be negative")
    return int(n)


class Countdown:
    def __init__(self, n):
        self.left = _validate(n)
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done or self.left == 0:
            self.done = True
            raise StopIteration
        self.left -= 1
        return self.left + 1


class CountdownRange:
    def __init__(self, n):
        self.n = _validate(n)

    def __len__(self):
        return self.n

    def __iter__(self):
        k = self.n
        while k:
            yield k
            k -= 1


def countdown(n):
    n = _validate(n)
    return (n - i for i in range(n))
