# Mistake: only checks k >= 1, so k > len(nums) (or an empty list) returns [] instead of raising.
from collections import deque


def sliding_window_max(nums, k):
    """Maximum of every window of k consecutive elements, in O(n) comparisons."""
    if k < 1:
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
