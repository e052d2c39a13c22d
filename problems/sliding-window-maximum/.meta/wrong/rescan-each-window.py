# Mistake: takes max() of every window afresh, O(n * k) comparisons.
def sliding_window_max(nums, k):
    if not 1 <= k <= len(nums):
        raise ValueError("need 1 <= k <= len(nums)")
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
