# Correct: split into blocks of k; window max = max(suffix max of one block, prefix max of the next).
def sliding_window_max(nums, k):
    n = len(nums)
    if k < 1 or k > n:
        raise ValueError(f"window size {k} is not in 1..{n}")
    prefix = list(nums)
    suffix = list(nums)
    for i in range(1, n):
        if i % k and prefix[i - 1] > prefix[i]:
            prefix[i] = prefix[i - 1]
    for i in range(n - 2, -1, -1):
        if (i + 1) % k and suffix[i + 1] > suffix[i]:
            suffix[i] = suffix[i + 1]
    out = []
    for i in range(n - k + 1):
        left, right = suffix[i], prefix[i + k - 1]
        out.append(right if right > left else left)
    return out
