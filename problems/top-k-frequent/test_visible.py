from solution import top_k_frequent


def test_example_from_prompt():
    got = top_k_frequent(["b", "a", "c", "a", "b", "d"], 2)
    assert got == ["b", "a"], f"'b' and 'a' both appear twice and 'b' came first; got {got}"


def test_fewer_distinct_values_than_k():
    got = top_k_frequent([7, 7, 8], 5)
    assert got == [7, 8], f"with only 2 distinct values return both, most frequent first; got {got}"
