from solution import sliding_window_max


def test_example_from_prompt():
    got = sliding_window_max([1, 3, -1, -3, 5, 3, 6, 7], 3)
    assert got == [3, 3, 5, 5, 6, 7], f"expected [3, 3, 5, 5, 6, 7], got {got}"


def test_window_of_one_is_the_input():
    assert sliding_window_max([4, 2], 1) == [4, 2], "k = 1: every element is its own maximum"
