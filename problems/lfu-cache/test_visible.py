from solution import LFUCache


def test_example_from_prompt():
    c = LFUCache(2)
    c.put("a", 1)
    c.put("b", 2)
    assert c.get("a") == 1, "get returns the value"
    c.put("c", 3)
    assert c.get("b") is None, "'b' had the lowest count (1) and is evicted"
    assert c.get("c") == 3, "'c' is present"
    c.put("d", 4)
    assert "a" not in c, "'a' and 'c' both have count 2; 'a' was used longer ago, so it goes"
    assert (c.count("c"), c.count("d")) == (2, 1), f"counts should be c=2, d=1, got {(c.count('c'), c.count('d'))}"
