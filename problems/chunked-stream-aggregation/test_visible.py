from solution import aggregate_by_key, chunked


def test_examples_from_prompt():
    got = list(chunked(range(7), 3))
    assert got == [[0, 1, 2], [3, 4, 5], [6]], f"chunks of 3 with a short last chunk, got {got}"
    totals, bad = aggregate_by_key(["a,1.5\n", "b, 2\n", "\n", "a,x\n", "a,2\n", "c\n"])
    assert totals == {"a": 3.5, "b": 2.0}, f"a: 1.5 + 2, b: 2; got {totals}"
    assert bad == 2, f"'a,x' and 'c' are malformed (the blank line is just skipped), got bad={bad}"
