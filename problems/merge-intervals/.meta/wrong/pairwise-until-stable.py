# Wrong: merges any overlapping pair and starts over until nothing changes: O(n^2) checks or worse, not O(n log n).
def merge_intervals(intervals):
    for start, end in intervals:
        if start > end:
            raise ValueError(f"malformed interval ({start}, {end})")
    blocks = [tuple(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                a, b = blocks[i], blocks[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    blocks[i] = (min(a[0], b[0]), max(a[1], b[1]))
                    del blocks[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(blocks)
