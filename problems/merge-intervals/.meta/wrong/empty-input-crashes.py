# seeds the output with the first sorted interval, so an empty list raises IndexError
def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return a new sorted list of tuples."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"malformed interval ({start}, {end}): start > end")
    ordered = sorted(intervals)
    merged = [tuple(ordered[0])]
    for start, end in ordered[1:]:
        if start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged
