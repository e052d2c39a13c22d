from solution import Autocomplete


def build():
    ac = Autocomplete()
    for w, n in [("car", 5), ("cart", 2), ("care", 5), ("cat", 9), ("dog", 7)]:
        ac.add(w, n)
    return ac


def test_example_from_prompt():
    ac = build()
    assert ac.suggest("car", 2) == ["car", "care"], "car and care tie at 5: alphabetical order"
    assert ac.suggest("ca", 10) == ["cat", "car", "care", "cart"], "all four ca- words by weight"
    assert ac.node_count() == 10, "root + c, a, r, t (cart), e (care), t (cat) + d, o, g = 10 nodes before removal"
    assert ac.remove("cart") is True and ac.node_count() == 9, "removing 'cart' prunes its 't' node"
