# Mistake: reads one item past the chunk to see whether more follow, so producing a chunk consumes an extra item.
import itertools


def chunked(iterable, size):
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"size must be an int >= 1, got {size!r}")
    it = iter(iterable)

    def _gen():
        sentinel = object()
        nxt = next(it, sentinel)
        while nxt is not sentinel:
            chunk = [nxt]
            for item in it:
                if len(chunk) == size:
                    nxt = item
                    break
                chunk.append(item)
            else:
                nxt = sentinel
            yield chunk

    return _gen()


def aggregate_by_key(lines):
    totals, bad = {}, 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        parts = line.split(",")
        key = parts[0].strip() if len(parts) == 2 else ""
        try:
            amount = float(parts[1]) if key else None
        except ValueError:
            amount = None
        if amount is None:
            bad += 1
            continue
        totals[key] = totals.get(key, 0.0) + amount
    return totals, bad
