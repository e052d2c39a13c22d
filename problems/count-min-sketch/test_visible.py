from collections import Counter

import numpy as np
import pytest

from solution import CountMinSketch


def zipf_stream(n=6000, seed=3):
    ids = np.random.default_rng(seed).zipf(1.3, size=n)
    return [f"tag{i}" for i in ids[ids <= 2000]]


def test_example_from_prompt():
    cms = CountMinSketch.from_error(eps=0.01, delta=0.01, seed=7)
    assert cms.table.shape == (5, 272), f"eps=0.01, delta=0.01 should give a (5, 272) table, got {cms.table.shape}"
    for word in ["cat", "dog", "cat", "cat"]:
        cms.update(word)
    got = (cms.query("cat"), cms.query("dog"), cms.query("emu"), cms.total)
    assert got == (3, 1, 0, 4), f"expected (3, 1, 0, 4) for cat, dog, an unseen item and the total, got {got}"


@pytest.mark.parametrize("eps, delta, shape", [(0.001, 0.05, (3, 2719)), (0.1, 0.5, (1, 28)), (0.5, 0.001, (7, 6))])
def test_from_error_sizes(eps, delta, shape):
    cms = CountMinSketch.from_error(eps, delta)
    assert cms.table.shape == shape, (
        f"eps={eps}, delta={delta}: width = ceil(e/eps), depth = ceil(ln(1/delta)) gives {shape}, "
        f"got {cms.table.shape}"
    )


def test_never_underestimates():
    stream = zipf_stream()
    cms = CountMinSketch.from_error(0.02, 0.05, seed=1)
    for item in stream:
        cms.update(item)
    for item, count in Counter(stream).items():
        got = cms.query(item)
        assert got >= count, f"{item!r} was seen {count} times but query returned {got}: a CMS never underestimates"
