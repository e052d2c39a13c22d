# Wrong: expands around each of the 2n - 1 centres from scratch, O(n^2) comparisons on "aaaa...".
def longest_palindrome_span(seq):
    n = len(seq)
    if n == 0:
        return (0, 0)
    best = (0, 1)
    for c in range(2 * n - 1):
        lo, hi = c // 2, (c + 1) // 2
        while lo >= 0 and hi < n and seq[lo] == seq[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best[1] - best[0]:
            best = (lo + 1, hi)
    return best


def longest_palindrome(s):
    start, end = longest_palindrome_span(s)
    return s[start:end]
