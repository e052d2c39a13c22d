import random

from solution import longest_palindrome, longest_palindrome_span


class Sym:
    """An unhashable element that counts comparisons."""

    comparisons = 0
    __hash__ = None

    def __init__(self, ch):
        self.ch = ch

    def __eq__(self, other):
        Sym.comparisons += 1
        return isinstance(other, Sym) and self.ch == other.ch

    def __ne__(self, other):
        Sym.comparisons += 1
        return not (isinstance(other, Sym) and self.ch == other.ch)


def brute(s):
    best = (0, min(1, len(s)))
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if j - i > best[1] - best[0] and s[i:j] == s[i:j][::-1]:
                best = (i, j)
    return best


def test_random_strings_against_brute_force():
    rng = random.Random(59)
    for _ in range(300):
        s = "".join(rng.choice("ab" if rng.random() < 0.5 else "abc") for _ in range(rng.randint(0, 14)))
        want = brute(s)
        got = longest_palindrome_span(s)
        assert got == want, f"for {s!r} the leftmost longest palindrome is {want} ({s[want[0]:want[1]]!r}), got {got}"


def test_single_and_no_repeats():
    assert longest_palindrome_span("x") == (0, 1), "one character is a palindrome"
    assert longest_palindrome_span("abcd") == (0, 1), "no longer palindrome: the leftmost single character"
    assert longest_palindrome("abba") == "abba", "the whole string"


def counted(text):
    Sym.comparisons = 0
    return [Sym(c) for c in text]


def test_linear_number_of_comparisons_on_repetitive_input():
    cases = [("a" * 2000, (0, 2000)), ("ab" * 1000, (0, 1999)), ("aab" * 700 + "b", (0, 2099))]
    for text, want in cases:
        seq = counted(text)
        got = longest_palindrome_span(seq)
        n = len(seq)
        assert got == want, f"for {text[:6]!r}... of length {n} expected {want}, got {got}"
        assert Sym.comparisons <= 8 * n + 16, (
            f"{Sym.comparisons} element comparisons for n={n} ({text[:6]!r}...): more than 8n + 16. "
            "Expanding around every centre is quadratic; reuse the mirror radius (Manacher)"
        )


def test_works_on_unhashable_elements_and_large_strings():
    seq = counted("xyzzyx!")
    assert longest_palindrome_span(seq) == (0, 6), "generic elements compared with =="
    s = "b" + "a" * 30_000 + "c"
    assert longest_palindrome(s) == "a" * 30_000, "30 000 equal characters: must run in linear time"


class IndexOnly:
    """A sequence offering only len() and integer indexing (no slicing, no iteration helpers)."""

    def __init__(self, items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError("IndexOnly supports integer indices only")
        return self._items[i]


def test_sequence_with_only_len_and_integer_indexing():
    for text, want in (("racecar", (0, 7)), ("xabbay", (1, 5)), ("q", (0, 1)), ("", (0, 0))):
        got = longest_palindrome_span(IndexOnly(counted(text)))
        assert got == want, (
            f"for {text!r} given as a sequence supporting only len() and seq[i] expected {want}, got {got} "
            "(do not slice or reverse the sequence)")
