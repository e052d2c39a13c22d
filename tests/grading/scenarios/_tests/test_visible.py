from solution import add, shout


def test_add_small_numbers():
    assert add(2, 3) == 5, "add(2, 3) should be 5"


def test_shout_uppercases():
    assert shout("hi") == "HI!", "shout('hi') should be 'HI!'"
