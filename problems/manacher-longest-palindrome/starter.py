def longest_palindrome_span(seq):
    """Half-open span (start, end) of the leftmost longest palindromic run of seq, in O(n).

    Only len(), indexing and ==/!= between elements may be used.
    """
    # TODO: Manacher's algorithm on the interleaved (separator, element, separator, ...) view
    return (0, min(1, len(seq)))


def longest_palindrome(s):
    """Longest palindromic substring of s (leftmost on ties)."""
    start, end = longest_palindrome_span(s)
    return s[start:end]
