# Mistake: re-sums the whole prefix for every position (right to left), O(n^2) time.
def prefix_sum_inplace(arr):
    for i in range(len(arr) - 1, 0, -1):
        total = arr[0]
        for j in range(1, i + 1):
            total = total + arr[j]
        arr[i] = total
    return arr
