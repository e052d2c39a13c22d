from solution import LRUCache


def test_example_from_prompt():
    c = LRUCache(2)
    c.put("a", 1)
    c.put("b", 2)
    assert c.get("a") == 1, "get returns the stored value"
    c.put("c", 3)
    assert c.get("b") is None, "'b' was least recently used when 'c' arrived, so it is evicted"
    assert c.get("c") == 3 and len(c) == 2, "the cache holds 'a' and 'c'"


def test_missing_key_returns_default():
    c = LRUCache(1)
    assert c.get("x", "none") == "none", "a missing key returns the given default"
