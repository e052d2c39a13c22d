import math
import random
import statistics

from solution import RunningMedian


class Num:
    """A number that counts ordering comparisons; supports the arithmetic a median needs."""

    comparisons = 0

    def __init__(self, v):
        self.v = v

    def _o(self, o):
        Num.comparisons += 1
        return o.v if isinstance(o, Num) else o

    def __lt__(self, o):
        return self.v < self._o(o)

    def __le__(self, o):
        return self.v <= self._o(o)

    def __gt__(self, o):
        return self.v > self._o(o)

    def __ge__(self, o):
        return self.v >= self._o(o)

    def __neg__(self):
        return Num(-self.v)

    def __add__(self, o):
        return self.v + (o.v if isinstance(o, Num) else o)

    __radd__ = __add__

    def __sub__(self, o):
        return self.v - (o.v if isinstance(o, Num) else o)

    def __rsub__(self, o):
        return (o.v if isinstance(o, Num) else o) - self.v

    def __truediv__(self, d):
        return self.v / d

    def __float__(self):
        return float(self.v)


def test_matches_statistics_median_with_duplicates_and_negatives():
    rng = random.Random(73)
    for _ in range(20):
        rm = RunningMedian()
        seen = []
        for _ in range(rng.randint(1, 60)):
            x = rng.choice([rng.randint(-5, 5), rng.uniform(-100, 100)])
            rm.add(x)
            seen.append(x)
            want = statistics.median(seen)
            got = rm.median()
            assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12), f"after {seen}: median {want}, got {got}"
        assert len(rm) == len(seen), "len counts every added value"


def test_sorted_and_reverse_sorted_streams():
    for values in (list(range(1, 101)), list(range(100, 0, -1))):
        rm = RunningMedian()
        for v in values:
            rm.add(v)
        assert rm.median() == 50.5, f"median of 1..100 is 50.5, got {rm.median()}"


def test_comparisons_are_n_log_n():
    rng = random.Random(79)
    n = 3000
    values = [rng.randint(0, 10**6) for _ in range(n)]
    rm = RunningMedian()
    Num.comparisons = 0
    last = None
    for v in values:
        rm.add(Num(v))
        last = rm.median()
    used = Num.comparisons
    assert math.isclose(float(last), statistics.median(values)), "final median is wrong"
    bound = 12 * n * math.log2(n)
    assert used <= bound, (
        f"{used} comparisons for {n} adds and medians (allowed {bound:.0f}): keep two heaps instead "
        "of sorting or scanning"
    )


def test_median_of_nothing_is_a_value_error():
    rm = RunningMedian()
    assert len(rm) == 0, f"a new RunningMedian holds 0 numbers, len gave {len(rm)}"
    try:
        rm.median()
    except ValueError:
        pass
    except Exception as exc:  # noqa: BLE001 - the candidate may raise anything
        raise AssertionError(
            f"median() with nothing added raised {type(exc).__name__}; the prompt asks for ValueError") from exc
    else:
        raise AssertionError("median() with nothing added must raise ValueError, it returned normally")
