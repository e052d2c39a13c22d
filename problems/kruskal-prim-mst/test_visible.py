from solution import kruskal, prim


def test_example_from_prompt():
    edges = [(0, 1, 4), (1, 2, 1), (0, 2, 3), (2, 3, 2), (4, 5, 7)]
    total, chosen = kruskal(6, edges)
    assert total == 13, f"the forest weighs 1 + 2 + 3 + 7 = 13, got {total}"
    assert sorted(chosen) == sorted([(1, 2, 1), (2, 3, 2), (0, 2, 3), (4, 5, 7)]), f"got {chosen}"
    assert prim(6, edges)[0] == 13, "Prim must find the same total, including the {4, 5} component"
