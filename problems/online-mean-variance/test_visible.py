import math

import numpy as np
import pytest

from solution import OnlineStats


def test_example_from_prompt():
    s = OnlineStats()
    s.update_many([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
    assert s.count == 8, f"count should be 8, got {s.count}"
    assert s.mean == pytest.approx(5.0), f"mean should be 5.0, got {s.mean}"
    assert s.variance() == pytest.approx(4.0), f"population variance (ddof=0) should be 4.0, got {s.variance()}"
    assert s.variance(ddof=1) == pytest.approx(32 / 7), f"sample variance (ddof=1) should be 32/7, got {s.variance(ddof=1)}"
    assert s.std() == pytest.approx(2.0), f"std should be 2.0, got {s.std()}"


@pytest.mark.parametrize("ddof", [0, 1, 2])
def test_matches_numpy(ddof):
    x = np.random.default_rng(1).normal(3.0, 2.5, size=1000)
    s = OnlineStats()
    for v in x:
        s.update(v)
    assert s.mean == pytest.approx(np.mean(x), rel=1e-12), "mean differs from numpy"
    assert s.variance(ddof) == pytest.approx(np.var(x, ddof=ddof), rel=1e-10), (
        f"variance(ddof={ddof}) should equal numpy.var(x, ddof={ddof}) = {np.var(x, ddof=ddof)}, got {s.variance(ddof)}"
    )


def test_empty_and_single_value():
    s = OnlineStats()
    assert s.count == 0 and math.isnan(s.mean), "an empty summary has count 0 and mean nan"
    assert math.isnan(s.variance()), "variance of nothing is nan"
    s.update(42)
    assert s.mean == 42 and s.variance() == 0.0, "one value: mean is the value, population variance 0"
    assert math.isnan(s.variance(ddof=1)), "one value with ddof=1 divides by zero: return nan"
