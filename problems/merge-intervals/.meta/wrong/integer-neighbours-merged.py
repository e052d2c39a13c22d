# Wrong: also merges intervals that are only adjacent integers, (1, 3) and (4, 5), which do not touch.
def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return a new sorted list of tuples."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"malformed interval ({start}, {end}): start > end")
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + 1:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged
