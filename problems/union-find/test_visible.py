from solution import UnionFind


def test_example_from_prompt():
    uf = UnionFind(5)
    got = (uf.union(0, 1), uf.union(3, 4), uf.union(1, 0))
    assert got == (True, True, False), f"union returns whether two different sets were merged, got {got}"
    assert uf.count == 3, f"{{0,1}}, {{2}}, {{3,4}} are 3 sets, got count={uf.count}"
    assert uf.connected(0, 1) and not uf.connected(1, 3), "connectivity after two unions"
    assert uf.component_size(4) == 2, "4 is in {3, 4}"
