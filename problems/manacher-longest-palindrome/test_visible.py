from solution import longest_palindrome, longest_palindrome_span


def test_examples_from_prompt():
    assert longest_palindrome("forgeeksskeegfor") == "geeksskeeg", "even-length palindrome in the middle"
    assert longest_palindrome_span("abacdfgdcaba") == (0, 3), "two 'aba' tie: return the leftmost span (0, 3)"
    assert longest_palindrome("") == "", "empty string"
    assert longest_palindrome_span("") == (0, 0), "empty sequence gives (0, 0)"
