import tracemalloc

import numpy as np
import pytest

from solution import OnlineStats


def offset_data(n=20_000, seed=0):
    return 1e9 + np.random.default_rng(seed).normal(0.0, 1.0, size=n)


def summarise(values):
    s = OnlineStats()
    s.update_many(values)
    return s


def test_stable_with_huge_offset():
    x = offset_data()
    s = summarise(x)
    want = np.var(x, ddof=1)
    got = s.variance(ddof=1)
    assert got == pytest.approx(want, rel=1e-6), (
        f"data is 1e9 + unit noise: variance should be {want:.6f}, got {got!r}. "
        "Sum-of-squares formulas lose everything to cancellation here; update a running mean instead"
    )


def test_merge_matches_single_pass():
    x = np.random.default_rng(2).exponential(5.0, size=2000) + np.repeat([0.0, 50.0], 1000)
    chunks = [x[:1], x[1:700], x[700:1500], x[1500:]]
    parts = [summarise(c) for c in chunks]
    merged = parts[0]
    for p in parts[1:]:
        merged = merged.merge(p)
    assert merged.count == 2000, f"merged count should be 2000, got {merged.count}"
    assert merged.mean == pytest.approx(np.mean(x), rel=1e-12), "merged mean differs from numpy"
    assert merged.variance(1) == pytest.approx(np.var(x, ddof=1), rel=1e-10), (
        "merged variance must equal the variance of all values: the chunks have different means, "
        "so averaging the chunk variances is not enough"
    )
    other_order = parts[3].merge(parts[1]).merge(parts[0].merge(parts[2]))
    assert other_order.variance() == pytest.approx(np.var(x), rel=1e-10), "merge order must not matter"


def test_merge_does_not_modify_inputs_and_accepts_empty():
    a, b = summarise([1.0, 2.0, 3.0]), summarise([10.0, 20.0])
    merged = a.merge(b)
    assert (a.count, a.mean, a.variance()) == (3, pytest.approx(2.0), pytest.approx(2 / 3)), "merge changed self"
    assert (b.count, b.mean) == (2, pytest.approx(15.0)), "merge changed other"
    assert merged is not a and merged is not b, "merge returns a new OnlineStats"
    empty = OnlineStats()
    for m in (a.merge(empty), empty.merge(a)):
        assert m.count == 3 and m.mean == pytest.approx(2.0) and m.variance() == pytest.approx(2 / 3), (
            "merging with an empty summary gives the other summary"
        )
    both_empty = OnlineStats().merge(OnlineStats())
    assert both_empty.count == 0 and np.isnan(both_empty.variance()), "empty merged with empty stays empty"


def test_merge_of_offset_shards_is_stable():
    x = offset_data(9000, seed=5)
    merged = summarise(x[:3000]).merge(summarise(x[3000:6000])).merge(summarise(x[6000:]))
    assert merged.variance() == pytest.approx(np.var(x), rel=1e-6), "merging shards of 1e9 + noise lost precision"


def test_stream_read_once_in_constant_memory():
    s = OnlineStats()
    gen = (float(i % 100) for i in range(50_000))
    tracemalloc.start()
    s.update_many(gen)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert s.count == 50_000, f"update_many must consume the generator: count is {s.count}"
    assert s.variance() == pytest.approx(833.25), f"variance of 0..99 repeated is 833.25, got {s.variance()}"
    assert peak < 100_000, f"peak memory {peak} bytes for 50,000 values: do not keep the values"


def test_ddof_edges_match_numpy_or_nan():
    values = [3.0, 7.5, -1.0, 4.25]
    for n in range(0, 5):
        s = summarise(values[:n])
        for ddof in range(0, 4):
            got = s.variance(ddof)
            if n - ddof <= 0:
                assert np.isnan(got), f"{n} value(s) with ddof={ddof}: count - ddof <= 0, so nan; got {got}"
            else:
                want = float(np.var(values[:n], ddof=ddof))
                assert got == pytest.approx(want, rel=1e-12), (
                    f"{n} value(s) with ddof={ddof}: numpy.var gives {want}, got {got} "
                    "(only count - ddof <= 0 is undefined)")
                assert s.std(ddof) == pytest.approx(want ** 0.5, rel=1e-12), f"std for n={n}, ddof={ddof}"


def test_mean_is_nan_while_empty():
    s = OnlineStats()
    assert s.count == 0 and np.isnan(s.mean), f"an empty summary has count 0 and mean nan, got mean {s.mean!r}"
    assert np.isnan(OnlineStats().merge(OnlineStats()).mean), "merging two empty summaries keeps mean nan"
    s.update_many([])
    assert np.isnan(s.mean), "an empty iterable adds nothing: mean stays nan"
    s.update(-4.0)
    assert s.mean == -4.0, f"after one value the mean is that value, got {s.mean}"


def test_merge_with_empty_is_a_new_independent_object():
    a = summarise([1.0, 2.0, 3.0])
    empty = OnlineStats()
    for merged in (a.merge(empty), empty.merge(a)):
        assert merged is not a and merged is not empty, "merge returns a new OnlineStats, also when one side is empty"
        merged.update(100.0)
    assert a.count == 3 and a.mean == pytest.approx(2.0), "updating a merged summary must not change the inputs"
    assert empty.count == 0, "updating a merged summary must not change the empty input"
