import pytest

from solution import ReservoirSampler


class OneShot:
    """An iterable that can be iterated only once, like a network stream."""

    def __init__(self, items):
        self._items = list(items)
        self._used = False

    def __iter__(self):
        assert not self._used, "the stream was iterated twice: a live stream can only be read once"
        self._used = True
        return iter(self._items)


def test_example_from_prompt():
    r = ReservoirSampler(k=3, seed=0)
    r.extend(range(2))
    assert sorted(r.sample) == [0, 1] and r.count == 2, f"with fewer than k items keep them all, got {r.sample}"
    r.extend(x * x for x in range(2, 1000))
    sample = r.sample
    assert len(sample) == 3 and r.count == 1000, f"expected 3 items and count 1000, got {sample} and {r.count}"
    assert len(set(sample)) == 3 and all(v in {x * x for x in range(1000)} for v in sample), (
        f"the sample must hold 3 distinct items of the stream, got {sample}"
    )


def test_stream_is_read_once():
    r = ReservoirSampler(k=5, seed=1)
    r.extend(OneShot(range(100)))
    assert r.count == 100, f"all 100 items should be counted, got {r.count}"
    assert len(r.sample) == 5, "the reservoir should be full"


def test_each_item_equally_likely():
    n, k, reps = 10, 3, 6000
    hits = [0] * n
    for seed in range(reps):
        r = ReservoirSampler(k, seed=seed)
        r.extend(OneShot(range(n)))
        for item in r.sample:
            hits[item] += 1
    expected = reps * k / n
    sd = (reps * (k / n) * (1 - k / n)) ** 0.5
    for item, h in enumerate(hits):
        assert abs(h - expected) <= 6 * sd, (
            f"item {item} was sampled {h} times in {reps} runs; a uniform sampler gives about "
            f"{expected:.0f} +- {6 * sd:.0f}. All counts: {hits}"
        )


def test_invalid_k():
    for k in (0, -2):
        with pytest.raises(ValueError):
            ReservoirSampler(k)
