# Correct alternative: sort by start with a key function, build with mutable [s, e] lists, convert at the end.
def merge_intervals(intervals):
    pairs = []
    for s, e in intervals:
        if s > e:
            raise ValueError(f"interval ({s}, {e}) ends before it starts")
        pairs.append((s, e))
    pairs.sort(key=lambda p: p[0])
    out = []
    for s, e in pairs:
        if not out or s > out[-1][1]:
            out.append([s, e])
        elif e > out[-1][1]:
            out[-1][1] = e
    return [(s, e) for s, e in out]
