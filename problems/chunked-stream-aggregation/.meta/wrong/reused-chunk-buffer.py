# Mistake: yields one reused list and clears it after each chunk, so chunks the caller kept are emptied later.
import itertools


def chunked(iterable, size):
    """Yield lists of up to `size` consecutive items, lazily. ValueError at call time if size < 1."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"size must be an int >= 1, got {size!r}")
    it = iter(iterable)

    def _gen():
        buf = []
        for item in it:
            buf.append(item)
            if len(buf) == size:
                yield buf
                buf.clear()          # reuse the buffer for the next chunk
        if buf:
            yield buf

    return _gen()


def aggregate_by_key(lines):
    """Sum "<key>,<amount>" lines per key in one pass; return (totals, number_of_bad_lines)."""
    totals = {}
    bad = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        parts = line.split(",")
        if len(parts) != 2:
            bad += 1
            continue
        key = parts[0].strip()
        try:
            amount = float(parts[1])
        except ValueError:
            bad += 1
            continue
        if not key:
            bad += 1
            continue
        totals[key] = totals.get(key, 0.0) + amount
    return totals, bad
