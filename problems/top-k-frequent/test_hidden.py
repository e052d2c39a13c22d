import random

from solution import top_k_frequent


def test_ties_follow_first_appearance_not_value_order():
    got = top_k_frequent(["z", "y", "x", "z", "y", "x", "a"], 3)
    assert got == ["z", "y", "x"], (
        f"z, y and x each appear twice; first appearance order is z, y, x (not alphabetical); got {got}"
    )


def test_one_shot_generator_input():
    gen = (c for c in "mississippi")
    got = top_k_frequent(gen, 2)
    assert got == ["i", "s"], f"i and s appear 4 times each and i comes first; got {got}"


def test_mixed_types_that_cannot_be_ordered():
    got = top_k_frequent([1, "1", (1,), "1", 1, None, None, None], 3)
    assert got == [None, 1, "1"], (
        f"do not let the heap compare the values themselves (1 < '1' is a TypeError); got {got}"
    )


def test_k_zero_or_negative_and_empty_input():
    assert top_k_frequent([1, 2, 3], 0) == [], "k = 0 selects nothing"
    assert top_k_frequent([1, 2, 3], -2) == [], "negative k selects nothing"
    assert top_k_frequent([], 3) == [], "an empty input has no frequent values"


def test_random_inputs_against_a_full_sort():
    rng = random.Random(11)
    for _ in range(100):
        data = [rng.randint(0, 12) for _ in range(rng.randint(0, 60))]
        k = rng.randint(1, 8)
        first = {}
        for i, x in enumerate(data):
            first.setdefault(x, i)
        want = sorted(first, key=lambda x: (-data.count(x), first[x]))[:k]
        got = top_k_frequent(iter(data), k)
        assert got == want, f"for {data} and k={k} expected {want}, got {got}"
