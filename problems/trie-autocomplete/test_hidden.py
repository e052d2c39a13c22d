import random
import sys

import pytest

from solution import Autocomplete


def test_weights_accumulate_and_reorder():
    ac = Autocomplete()
    ac.add("apple", 3)
    ac.add("apply", 4)
    ac.add("apple", 2)
    assert ac.suggest("app", 5) == ["apple", "apply"], "apple's weight is now 5 > 4"
    assert len(ac) == 2, "adding an existing word does not create a new one"


def test_prefix_edge_cases():
    ac = Autocomplete()
    for w in ("b", "ba", "bab", "a"):
        ac.add(w)
    assert ac.suggest("", 10) == ["a", "b", "ba", "bab"], "empty prefix: every word; equal weights alphabetical"
    assert ac.suggest("ba", 10) == ["ba", "bab"], "a word equal to the prefix is included"
    assert ac.suggest("z", 3) == [] and ac.suggest("b", 0) == [], "no match / k = 0"
    assert "ba" in ac and "bb" not in ac and "" not in ac, "membership"


def test_remove_prunes_only_unused_nodes():
    ac = Autocomplete()
    ac.add("car")
    ac.add("cart")
    assert ac.node_count() == 5, f"root, c, a, r, t: 5 nodes, got {ac.node_count()}"
    assert ac.remove("car") is True, "car was present"
    assert ac.node_count() == 5 and "cart" in ac and "car" not in ac, "'car' nodes are still needed by 'cart'"
    assert ac.remove("car") is False, "already removed"
    assert ac.remove("ca") is False, "'ca' was only a prefix, never a word"
    assert ac.remove("cart") is True and ac.node_count() == 1, "after removing every word only the root remains"
    assert len(ac) == 0 and ac.suggest("", 5) == [], "the trie is empty"


def test_invalid_input():
    ac = Autocomplete()
    for word, weight in (("", 1), ("ok", 0), ("ok", -2)):
        with pytest.raises(ValueError):
            ac.add(word, weight)


def test_random_against_a_dictionary():
    rng = random.Random(83)
    ac = Autocomplete()
    model = {}
    for step in range(1500):
        w = "".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.7:
            n = rng.randint(1, 5)
            ac.add(w, n)
            model[w] = model.get(w, 0) + n
        else:
            assert ac.remove(w) == (w in model), f"remove({w!r}) should return {w in model}"
            model.pop(w, None)
        if step % 25 == 0:
            prefix = "".join(rng.choice("abc") for _ in range(rng.randint(0, 2)))
            k = rng.randint(1, 6)
            want = sorted((x for x in model if x.startswith(prefix)), key=lambda x: (-model[x], x))[:k]
            got = ac.suggest(prefix, k)
            assert got == want, f"suggest({prefix!r}, {k}) should be {want}, got {got}"
    prefixes = {w[:i] for w in model for i in range(1, len(w) + 1)}
    assert ac.node_count() == 1 + len(prefixes), "node count must equal 1 + number of distinct prefixes of live words"
    assert len(ac) == len(model), "len counts distinct live words"


def _events_in_solution(fn, *args):
    """Count the Python line and call events inside solution.py while fn runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += 1
        return local

    def tracer(frame, event, arg):
        if frame.f_code.co_filename.endswith("solution.py"):
            local(frame, event, arg)
            return local
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = fn(*args)
    finally:
        sys.settrace(old)
    return count, result


def test_suggest_work_depends_on_the_subtree_not_on_all_words():
    rng = random.Random(89)
    work = {}
    for n_other in (200, 3200):
        ac = Autocomplete()
        for w, weight in (("abx", 3), ("aby", 1), ("abz", 2), ("ab", 1)):
            ac.add(w, weight)
        others = set()
        while len(others) < n_other:
            others.add("q" + "".join(rng.choice("qrstuvw") for _ in range(6)))
        for w in sorted(others):
            ac.add(w)
        work[n_other], got = _events_in_solution(ac.suggest, "ab", 3)
        assert got == ["abx", "abz", "ab"], f"suggest('ab', 3) should be ['abx', 'abz', 'ab'], got {got}"
    assert work[3200] <= work[200] + 30, (
        f"suggest('ab', 3) did {work[200]} steps of Python work with 200 other words but {work[3200]} "
        "with 3200: walk down to the prefix node and collect only its subtree, never scan all words"
    )


def test_float_weights_are_accepted_and_ranked():
    ac = Autocomplete()
    ac.add("tea", 0.5)
    ac.add("ten", 1)
    ac.add("tea", 0.75)
    ac.add("tip", 2.5)
    assert ac.suggest("t", 3) == ["tip", "tea", "ten"], (
        f"weights may be floats: tip 2.5 > tea 0.5 + 0.75 = 1.25 > ten 1, got {ac.suggest('t', 3)}")
    for bad in (0.0, -0.5):
        with pytest.raises(ValueError):
            ac.add("tea", bad)
