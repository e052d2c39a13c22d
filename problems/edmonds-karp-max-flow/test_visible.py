from solution import max_flow


def test_examples_from_prompt():
    edges = [(0, 1, 3), (0, 2, 2), (1, 2, 5), (1, 3, 2), (2, 3, 3)]
    assert max_flow(4, edges, 0, 3) == (5, [0]), "both edges out of 0 are saturated: flow 5, cut {0}"
    got = max_flow(3, [(0, 1, 4), (0, 1, 1), (1, 0, 7), (1, 2, 9)], 0, 2)
    assert got == (5, [0]), f"parallel edges add up (4 + 1) and the antiparallel 1->0 edge is separate; got {got}"
