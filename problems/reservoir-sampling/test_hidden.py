import itertools
import tracemalloc

from solution import ReservoirSampler


def test_every_subset_equally_likely_chi_square():
    n, k, reps = 5, 2, 6000
    subsets = {frozenset(c): 0 for c in itertools.combinations(range(n), k)}
    for seed in range(reps):
        r = ReservoirSampler(k, seed=10_000 + seed)
        for i in range(n):
            r.add(i)
        subsets[frozenset(r.sample)] += 1
    expected = reps / len(subsets)
    chi2 = sum((obs - expected) ** 2 / expected for obs in subsets.values())
    # 9 degrees of freedom: mean 9, sd about 4.2; 60 is beyond any plausible fluctuation.
    assert chi2 < 60, (
        f"chi-square statistic {chi2:.1f} over the 10 possible pairs (expect about 9): the sample is not "
        f"uniform. Counts: { {tuple(sorted(s)): c for s, c in subsets.items()} }"
    )


def test_early_items_are_not_favoured():
    n, k, reps = 10, 3, 6000
    first = 0
    for seed in range(reps):
        r = ReservoirSampler(k, seed=50_000 + seed)
        r.extend(iter(range(n)))
        first += 0 in r.sample
    expected, sd = reps * 0.3, (reps * 0.3 * 0.7) ** 0.5
    assert abs(first - expected) <= 6 * sd, (
        f"item 0 survived {first}/{reps} times, expected about {expected:.0f}: item i must replace a "
        "slot with probability k / i (1-based i), not k / (i - 1)"
    )


def test_memory_is_bounded_by_k():
    r = ReservoirSampler(k=10, seed=3)
    tracemalloc.start()
    r.extend(i * 7 + 1_000_000 for i in range(20_000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert r.count == 20_000, f"count should be 20000, got {r.count}"
    assert peak < 200_000, f"peak memory was {peak} bytes for a 20,000-item stream with k=10: do not store the stream"


def test_seed_reproducible_and_sample_is_a_copy():
    a, b = ReservoirSampler(4, seed=99), ReservoirSampler(4, seed=99)
    a.extend(range(500))
    b.extend(range(500))
    assert a.sample == b.sample, "the same seed and stream must give the same sample"
    s = a.sample
    s.clear()
    assert len(a.sample) == 4, "clearing the returned list must not empty the reservoir"


def test_add_and_extend_agree_and_k_larger_than_stream():
    r = ReservoirSampler(k=50, seed=0)
    for i in range(20):
        r.add(f"x{i}")
    assert sorted(r.sample) == sorted(f"x{i}" for i in range(20)), "with k > n the sample is the whole stream"
    r.extend(f"y{i}" for i in range(100))
    r.add("last")
    assert r.count == 121, f"add and extend both count items: expected 121, got {r.count}"
    assert len(r.sample) == 50 and len(set(r.sample)) == 50, "the reservoir should hold 50 distinct items"


def test_equal_values_are_separate_items():
    r = ReservoirSampler(k=3, seed=5)
    r.extend(iter([7] * 50))
    assert r.sample == [7, 7, 7], (
        f"a stream of fifty 7s gives a sample of three 7s, got {r.sample}: equal values are still "
        "separate items of the stream"
    )


def test_k_must_be_at_least_one():
    for k in (0, -1):
        try:
            ReservoirSampler(k, seed=1)
        except ValueError:
            continue
        raise AssertionError(f"ReservoirSampler(k={k}) must raise ValueError: a sample needs k >= 1")
    r = ReservoirSampler(1, seed=1)
    r.extend(range(10))
    assert len(r.sample) == 1 and r.sample[0] in range(10), "k = 1 is valid and keeps one item"
