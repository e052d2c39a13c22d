# Mistake: keeps values (not indices) and pops equal ones, so an expiring duplicate removes the live maximum.
from collections import deque


def sliding_window_max(nums, k):
    if not 1 <= k <= len(nums):
        raise ValueError("need 1 <= k <= len(nums)")
    window, out = deque(), []
    for i, x in enumerate(nums):
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        if i >= k - 1:
            out.append(window[0])
    return out
