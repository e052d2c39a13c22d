# Wrong: builds the classic "#a#b#" string with str.join, which only works for strings, not for any sequence of comparable elements.
def longest_palindrome_span(seq):
    n = len(seq)
    if n == 0:
        return (0, 0)
    t = "^#" + "#".join(seq) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    best_len, best_center = 0, 0
    for i in range(1, len(t) - 1):
        if p[i] > best_len:
            best_len, best_center = p[i], i
    start = (best_center - best_len) // 2
    return (start, start + best_len)


def longest_palindrome(s):
    start, end = longest_palindrome_span(s)
    return s[start:end]
