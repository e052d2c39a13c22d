from solution import merge_intervals


def test_example_from_prompt():
    got = merge_intervals([(8, 10), (1, 3), (2, 6), (15, 18), (10, 12)])
    want = [(1, 6), (8, 12), (15, 18)]
    assert got == want, f"expected {want}, got {got}"


def test_empty_and_single():
    assert merge_intervals([]) == [], "no intervals merge into no intervals"
    assert merge_intervals([(4, 4)]) == [(4, 4)], "a single point interval is kept as a tuple"
