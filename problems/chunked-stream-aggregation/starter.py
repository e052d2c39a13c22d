import itertools


def chunked(iterable, size):
    """Yield lists of up to `size` consecutive items, lazily. ValueError at call time if size < 1."""
    # TODO: validate eagerly, then return a generator
    return iter([list(iterable)])


def aggregate_by_key(lines):
    """Sum "<key>,<amount>" lines per key in one pass; return (totals, number_of_bad_lines)."""
    # TODO: stream over lines; skip blanks, count malformed lines, keep only the totals
    return {}, 0
