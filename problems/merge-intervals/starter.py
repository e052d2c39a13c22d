def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals.

    `intervals` is a list of (start, end) integer pairs in any order. Return a new, sorted list
    of (start, end) tuples with no two overlapping or touching. Raise ValueError if any
    start > end. Do not modify the input.
    """
    # TODO: validate, sort by start, then sweep once merging into the last output interval
    return []
