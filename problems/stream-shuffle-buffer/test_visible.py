import random

from solution import fisher_yates, shuffle_buffer


def test_fisher_yates_is_a_permutation_and_leaves_input_alone():
    items = list(range(50))
    out = fisher_yates(items, random.Random(1))
    assert items == list(range(50)), "fisher_yates must not modify its input"
    assert sorted(out) == items, "the output must contain every input item exactly once"
    assert out != items, "50 items came back in their original order: nothing was shuffled"


def test_buffer_output_is_a_permutation_and_deterministic():
    data = list(range(100))
    a = list(shuffle_buffer(data, buffer_size=10, seed=7))
    b = list(shuffle_buffer(data, buffer_size=10, seed=7))
    assert sorted(a) == data, "every item must come out exactly once"
    assert a == b, "the same seed must give the same order"
    assert a != data, "a buffer of 10 over 100 items should change the order"
    others = [list(shuffle_buffer(data, buffer_size=10, seed=s)) for s in range(8, 12)]
    assert any(o != a for o in others), "different seeds should give different orders"


def test_buffer_size_one_keeps_order():
    out = list(shuffle_buffer(iter("abcdefg"), buffer_size=1, seed=3))
    assert out == list("abcdefg"), f"buffer_size=1 must not reorder anything, got {out}"
