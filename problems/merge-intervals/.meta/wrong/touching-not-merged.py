# Wrong: merges only when start < last end, so closed intervals that share an end point stay apart.
def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return a new sorted list of tuples."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"malformed interval ({start}, {end}): start > end")
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged
