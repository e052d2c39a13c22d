# Mistake: off by one in the expiry test (index < i - k), so a maximum outlives its window by one step.
from collections import deque


def sliding_window_max(nums, k):
    """Maximum of every window of k consecutive elements, in O(n) comparisons."""
    if not 1 <= k <= len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
