from solution import strongly_connected_components


def test_example_from_prompt():
    got = strongly_connected_components(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 4)])
    assert all(isinstance(c, set) for c in got), "each component must be a set"
    assert sorted(map(sorted, got)) == [[0, 1, 2], [3, 4], [5]], f"components are {{0,1,2}}, {{3,4}}, {{5}}; got {got}"
    assert got[-1] == {3, 4}, f"{{3, 4}} is reached from both other components, so it comes last; got {got}"
