import tracemalloc

import numpy as np

from solution import MemoryProfiler, mean_var_materialized, mean_var_streaming

MB = 1_000_000


def _batches(seed, n_batches=150, rows=400, d=8):
    rng = np.random.default_rng(seed)
    for _ in range(n_batches):
        yield 1e6 + rng.normal(size=(rows, d)) * np.arange(1, d + 1)


def test_peak_of_a_temporary_allocation():
    assert not tracemalloc.is_tracing()
    with MemoryProfiler() as prof:
        big = np.ones(1_000_000)
        del big
    assert prof.peak_bytes is not None, "peak_bytes must be set when the block exits"
    assert 8 * MB <= prof.peak_bytes < 9 * MB, (
        f"an 8 MB array was allocated and freed inside the block: peak_bytes should be about "
        f"8,000,000, got {prof.peak_bytes}")
    assert abs(prof.retained_bytes) < 100_000, (
        f"the array was freed, so retained_bytes should be about 0, got {prof.retained_bytes}")
    assert not tracemalloc.is_tracing(), "you started tracemalloc, so stop it when the block exits"


def test_example_from_prompt():
    data = [np.array([[1.0, 10.0], [3.0, 10.0]]), np.array([[5.0, 13.0]])]
    for fn in (mean_var_streaming, mean_var_materialized):
        mean, var = fn(iter(data))
        np.testing.assert_allclose(mean, [3.0, 11.0], err_msg=f"{fn.__name__}: mean of the example")
        np.testing.assert_allclose(var, [8 / 3, 2.0], err_msg=f"{fn.__name__}: population variance")


def test_streaming_is_accurate_and_uses_far_less_memory():
    all_rows = np.concatenate(list(_batches(0)))
    want_mean, want_var = all_rows.mean(axis=0), all_rows.var(axis=0)
    del all_rows
    peaks = MemoryProfiler.compare({
        "materialized": lambda: mean_var_materialized(_batches(0)),
        "streaming": lambda: mean_var_streaming(_batches(0)),
    })
    assert list(peaks) == ["materialized", "streaming"], f"compare must keep the keys in order, got {list(peaks)}"
    assert peaks["materialized"] > 3 * MB, (
        f"holding 150 batches of 400 x 8 floats needs several MB, but the profiler measured "
        f"{peaks['materialized']} bytes")
    assert peaks["streaming"] < peaks["materialized"] / 20, (
        f"streaming peaked at {peaks['streaming']} bytes vs {peaks['materialized']} materialised: "
        "keep only running statistics, not the batches")
    mean, var = mean_var_streaming(_batches(0))
    np.testing.assert_allclose(mean, want_mean, rtol=1e-12, err_msg="streaming mean")
    np.testing.assert_allclose(var, want_var, rtol=1e-7,
                               err_msg="streaming variance (data near 1e6: E[x^2]-E[x]^2 cancels)")
