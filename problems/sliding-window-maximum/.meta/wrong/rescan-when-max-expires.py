# Mistake: keeps the current maximum and rescans the window only when it expires; O(n * k) on decreasing input
def sliding_window_max(nums, k):
    if not 1 <= k <= len(nums):
        raise ValueError("need 1 <= k <= len(nums)")
    best = 0
    for j in range(1, k):
        if nums[j] >= nums[best]:
            best = j
    out = [nums[best]]
    for i in range(k, len(nums)):
        if best <= i - k:
            best = i - k + 1
            for j in range(i - k + 2, i + 1):
                if nums[j] >= nums[best]:
                    best = j
        elif nums[i] >= nums[best]:
            best = i
        out.append(nums[best])
    return out
