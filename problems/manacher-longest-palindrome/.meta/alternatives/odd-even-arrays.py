# Correct alternative: Manacher with separate odd (d1) and even (d2) radius arrays, no virtual string.
def longest_palindrome_span(seq):
    n = len(seq)
    if n == 0:
        return (0, 0)
    d1 = [0] * n          # d1[i]: odd palindromes centred at i have length 2*d1[i] - 1
    l, r = 0, -1
    for i in range(n):
        k = 1 if i > r else min(d1[l + r - i], r - i + 1)
        while i - k >= 0 and i + k < n and seq[i - k] == seq[i + k]:
            k += 1
        d1[i] = k
        if i + k - 1 > r:
            l, r = i - k + 1, i + k - 1
    d2 = [0] * n          # d2[i]: even palindromes with right centre i have length 2*d2[i]
    l, r = 0, -1
    for i in range(n):
        k = 0 if i > r else min(d2[l + r - i + 1], r - i + 1)
        while i - k - 1 >= 0 and i + k < n and seq[i - k - 1] == seq[i + k]:
            k += 1
        d2[i] = k
        if i + k - 1 > r:
            l, r = i - k, i + k - 1
    best = (0, 1)
    for i in range(n):
        cands = [(i - d1[i] + 1, i + d1[i])]
        if d2[i]:
            cands.append((i - d2[i], i + d2[i]))
        for s, e in cands:
            if e - s > best[1] - best[0] or (e - s == best[1] - best[0] and s < best[0]):
                best = (s, e)
    return best


def longest_palindrome(s):
    a, b = longest_palindrome_span(s)
    return s[a:b]
