# appends the caller's pair object as it is, so list pairs come back as lists, not (start, end) tuples
def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return a new sorted list of tuples."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"malformed interval ({start}, {end}): start > end")
    merged = []
    for interval in sorted(intervals):
        start, end = interval
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append(interval)
    return merged
