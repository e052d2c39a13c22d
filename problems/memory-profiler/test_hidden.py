import tracemalloc

import numpy as np
import pytest

from solution import MemoryProfiler, mean_var_materialized, mean_var_streaming

MB = 1_000_000


def test_memory_held_before_the_block_is_not_counted_and_tracing_is_left_on():
    tracemalloc.start()
    try:
        held = np.ones(2_000_000)  # 16 MB held across the block
        with MemoryProfiler() as prof:
            small = np.ones(125_000)  # 1 MB
            del small
        assert tracemalloc.is_tracing(), "tracemalloc was tracing before the block: leave it on"
        assert 1 * MB <= prof.peak_bytes < 2 * MB, (
            f"only 1 MB was allocated inside the block while 16 MB was already held: peak_bytes "
            f"must be measured from the level at entry, got {prof.peak_bytes}")
        del held
    finally:
        tracemalloc.stop()


def test_nested_profilers_outer_sees_the_whole_block():
    with MemoryProfiler() as outer:
        big = np.ones(1_000_000)  # 8 MB
        del big
        with MemoryProfiler() as inner:
            small = np.ones(250_000)  # 2 MB
            del small
        kept = np.ones(125_000)  # 1 MB, still held at exit
    assert 2 * MB <= inner.peak_bytes < 3 * MB, f"inner peak should be about 2 MB, got {inner.peak_bytes}"
    assert outer.peak_bytes >= 8 * MB, (
        f"the outer block allocated 8 MB before the inner block began, so its peak is at least "
        f"8 MB; got {outer.peak_bytes} (an inner reset_peak must not erase the outer peak)")
    assert 0.9 * MB <= outer.retained_bytes < 1.5 * MB, (
        f"1 MB was still held when the outer block exited, retained_bytes got {outer.retained_bytes}")
    del kept
    assert not tracemalloc.is_tracing(), "the outer profiler started tracing, so it must stop it"


def test_exception_in_block_propagates_and_is_measured():
    with pytest.raises(KeyError):
        with MemoryProfiler() as prof:
            tmp = np.ones(500_000)  # 4 MB
            raise KeyError("boom")
    del tmp
    assert prof.peak_bytes is not None and prof.peak_bytes >= 4 * MB, (
        f"peak_bytes must be recorded even when the block raises; got {prof.peak_bytes}")
    assert not tracemalloc.is_tracing(), "stop tracing after an exception too"


def test_profile_returns_result_and_peak():
    def build(n):
        return float(np.ones(n).sum())

    result, peak = MemoryProfiler.profile(build, 250_000)
    assert result == 250_000.0, f"profile must return the function's result, got {result}"
    assert 2 * MB <= peak < 3 * MB, f"building a 2 MB array should peak at about 2 MB, got {peak}"


def test_uneven_and_empty_batches_and_no_data():
    rng = np.random.default_rng(5)
    parts = [rng.normal(size=(k, 3)) + 50 for k in (1, 0, 7, 2, 13)]
    whole = np.concatenate(parts)
    for fn in (mean_var_streaming, mean_var_materialized):
        mean, var = fn(iter(parts))
        assert mean.shape == (3,) and var.shape == (3,), f"{fn.__name__}: outputs have shape (d,)"
        np.testing.assert_allclose(mean, whole.mean(axis=0), rtol=1e-12, err_msg=f"{fn.__name__} mean")
        np.testing.assert_allclose(var, whole.var(axis=0), rtol=1e-9, err_msg=f"{fn.__name__} var (ddof=0)")
    single = [np.array([[4.0, -1.0]])]
    mean, var = mean_var_streaming(iter(single))
    np.testing.assert_allclose(var, [0.0, 0.0], err_msg="the variance of a single row is 0")
    for fn in (mean_var_streaming, mean_var_materialized):
        with pytest.raises(ValueError):
            fn(iter([]))


def test_streaming_variance_survives_a_huge_offset():
    rng = np.random.default_rng(9)
    parts = [1e8 + rng.normal(size=(64, 2)) for _ in range(20)]
    whole = np.concatenate(parts)
    _, var = mean_var_streaming(iter(parts))
    np.testing.assert_allclose(var, whole.var(axis=0), rtol=1e-6,
                               err_msg="data near 1e8 with spread 1: merge (count, mean, M2), not sums of squares")


def test_compare_keeps_the_given_order_and_measures_each_on_its_own():
    strategies = {
        "zeta_big": lambda: float(np.ones(500_000).sum()),     # 4 MB
        "alpha_small": lambda: float(np.ones(62_500).sum()),   # 0.5 MB
        "mid": lambda: float(np.ones(250_000).sum()),          # 2 MB
    }
    got = MemoryProfiler.compare(strategies)
    assert list(got) == ["zeta_big", "alpha_small", "mid"], (
        f"compare must return the same keys in the order given, got {list(got)}")
    assert 4 * MB <= got["zeta_big"] < 5 * MB and 0.5 * MB <= got["alpha_small"] < 1 * MB, (
        f"each strategy is measured on its own: about 4 MB and 0.5 MB, got {got}")
    assert 2 * MB <= got["mid"] < 3 * MB, f"the third strategy peaks at about 2 MB, got {got['mid']}"


def test_float32_batches_give_float64_statistics():
    rng = np.random.default_rng(11)
    parts = [(1000.0 + rng.normal(size=(50, 2))).astype(np.float32) for _ in range(4)]
    whole = np.concatenate(parts).astype(np.float64)
    for fn in (mean_var_streaming, mean_var_materialized):
        mean, var = fn(iter(parts))
        assert mean.dtype == np.float64 and var.dtype == np.float64, (
            f"{fn.__name__}: mean and var must be float64 even for float32 batches, got {mean.dtype}, {var.dtype}")
        np.testing.assert_allclose(var, whole.var(axis=0), rtol=1e-9, err_msg=(
            f"{fn.__name__}: compute in float64 (float32 batches near 1000 lose digits in float32 arithmetic)"))


def test_profile_passes_keyword_arguments():
    def build(n, *, fill):
        return float(np.full(n, fill).sum())

    result, peak = MemoryProfiler.profile(build, 125_000, fill=2.0)
    assert result == 250_000.0, f"profile must call fn(*args, **kwargs); got result {result}"
    assert 1 * MB <= peak < 2 * MB, f"a 1 MB array should peak at about 1 MB, got {peak}"
