import itertools
import random
from collections import Counter

import pytest

from solution import fisher_yates, shuffle_buffer


def test_fisher_yates_is_uniform_over_all_orders():
    # 60 000 shuffles of 3 items: each of the 6 orders should appear 1/6 of the time.
    # The standard deviation of a frequency is ~0.0015, so +-0.0095 is more than 6 sigma;
    # the classic "swap with any index" bug is off by 0.0185 on half of the orders.
    rng = random.Random(12345)
    counts = Counter(tuple(fisher_yates((0, 1, 2), rng)) for _ in range(60_000))
    assert len(counts) == 6, f"all 6 orders must be possible, saw {sorted(counts)}"
    for order, c in sorted(counts.items()):
        freq = c / 60_000
        assert abs(freq - 1 / 6) < 0.0095, (
            f"order {order} appeared with frequency {freq:.4f}, expected 1/6: the shuffle is "
            "biased (swap slot i only with a slot drawn from 0..i)")


def test_big_buffer_behaves_like_a_full_shuffle():
    # With buffer >= n the stream is shuffled uniformly: item 0 lands last 1/10 of the time.
    # Over 3000 seeds the count has mean 300 and sd ~16; a buffer flushed in order never does it.
    last = sum(list(shuffle_buffer(range(10), buffer_size=10, seed=s))[-1] == 0 for s in range(3000))
    assert 200 <= last <= 400, (
        f"item 0 ended last in {last}/3000 runs, expected about 300: the leftover buffer "
        "must be shuffled, not emitted in order")
    first = Counter(list(shuffle_buffer(range(10), buffer_size=50, seed=s))[0] for s in range(3000))
    assert set(first) == set(range(10)), "with a huge buffer any item can come out first"
    assert max(first.values()) <= 400, f"first items are far from uniform: {dict(first)}"


def test_small_buffer_locality_and_laziness():
    reads = []

    def counting_stream():
        for i in itertools.count():
            reads.append(i)
            yield i

    gen = shuffle_buffer(counting_stream(), buffer_size=4, seed=0)
    first = next(gen)
    assert len(reads) <= 5, f"read {len(reads)} items before yielding the first; at most 5 allowed"
    taken = [first] + list(itertools.islice(gen, 199))
    assert len(set(taken)) == 200, "no item may be yielded twice"
    for pos, item in enumerate(taken):
        assert item <= pos + 3, (
            f"item {item} came out at position {pos}; with buffer 4 it cannot have been read yet")
    assert len(reads) <= 204, "the buffer must stay at buffer_size items (read too far ahead)"


def test_short_and_empty_streams_and_bad_size():
    assert list(shuffle_buffer([], buffer_size=5, seed=0)) == [], "empty stream, empty output"
    assert sorted(shuffle_buffer([3, 1, 2], buffer_size=100, seed=0)) == [1, 2, 3], (
        "a stream shorter than the buffer must still come out in full")
    with pytest.raises(ValueError):
        list(shuffle_buffer([1, 2], buffer_size=0, seed=0))


def test_fisher_yates_draws_only_from_rng():
    a = fisher_yates(list(range(30)), random.Random(5))
    random.seed(1)
    b = fisher_yates(list(range(30)), random.Random(5))
    assert a == b, "two rngs with the same seed must give the same shuffle: draw from `rng`, not the random module"


class _CountingRandom(random.Random):
    draws = 0

    def random(self):
        _CountingRandom.draws += 1
        return super().random()

    def getrandbits(self, k):
        _CountingRandom.draws += 1
        return super().getrandbits(k)


def test_constant_random_draws_per_item(monkeypatch):
    import solution

    monkeypatch.setattr(random, "Random", _CountingRandom)
    if getattr(solution, "Random", None) is not None:
        monkeypatch.setattr(solution, "Random", _CountingRandom)
    n = 3000
    for size in (16, 256):
        _CountingRandom.draws = 0
        out = list(shuffle_buffer(range(n), buffer_size=size, seed=1))
        assert sorted(out) == list(range(n)), "every item must come out once"
        assert _CountingRandom.draws <= 4 * (n + size), (
            f"{_CountingRandom.draws} random draws for {n} items with buffer {size}: "
            "evict one random slot per item (O(1) work), do not reshuffle the buffer each time"
        )


def test_seed_alone_fixes_the_order():
    runs = []
    for global_seed in (1, 2, 3):
        random.seed(global_seed)
        runs.append(list(shuffle_buffer(range(40), buffer_size=8, seed=21)))
    assert runs[0] == runs[1] == runs[2], (
        "shuffle_buffer(..., seed=21) gave different orders depending on the global random state: "
        "draw every random choice, the final flush included, from random.Random(seed)")
