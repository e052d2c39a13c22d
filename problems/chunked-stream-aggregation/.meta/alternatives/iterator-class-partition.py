# Correct alternative: chunked as an iterator class with an explicit loop; lines parsed with str.partition.
class _Chunks:
    def __init__(self, iterable, size):
        self._it = iter(iterable)
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        chunk = []
        for item in self._it:
            chunk.append(item)
            if len(chunk) == self._size:
                break
        if not chunk:
            raise StopIteration
        return chunk


def chunked(iterable, size):
    if type(size) is not int or size < 1:
        raise ValueError("size must be an int >= 1")
    return _Chunks(iterable, size)


def _parse(line):
    key, comma, rest = line.partition(",")
    if not comma or "," in rest:
        return None
    key = key.strip()
    if not key:
        return None
    try:
        return key, float(rest)
    except ValueError:
        return None


def aggregate_by_key(lines):
    totals = {}
    bad = 0
    for raw in lines:
        line = raw.strip()
        if line:
            parsed = _parse(line)
            if parsed is None:
                bad += 1
            else:
                totals[parsed[0]] = totals.get(parsed[0], 0.0) + parsed[1]
    return totals, bad
