# Alternative: type checks from a table, dedup by a stable sort on the keys, and validation
# groups drawn with rng.choice without replacement.
import math

import numpy as np


class SchemaError(ValueError):
    def __init__(self, row, column, reason):
        self.row = row
        self.column = column
        super().__init__(f"row {row}, column '{column}': {reason}")


_CHECKS = {
    int: lambda v: type(v) is not bool and isinstance(v, int),
    float: lambda v: type(v) is not bool and isinstance(v, (int, float)),
    str: lambda v: isinstance(v, str),
    bool: lambda v: isinstance(v, bool),
}


def _problem(row, schema):
    missing = [c for c in schema if c not in row]
    if missing:
        return missing[0], "missing column"
    unknown = [c for c in row if c not in schema]
    if unknown:
        return unknown[0], "unknown column"
    for col, (typ, nullable) in schema.items():
        v = row[col]
        if v is None or (isinstance(v, float) and math.isnan(v)):
            if nullable:
                continue
            return col, "null in a non-nullable column"
        if not _CHECKS[typ](v):
            return col, f"expected {typ.__name__}, got {type(v).__name__}"
    return None


def validate(rows, schema):
    for index, row in enumerate(rows):
        found = _problem(row, schema)
        if found is not None:
            raise SchemaError(index, *found)


def deduplicate(rows, key_columns):
    keys = [tuple(r[c] for c in key_columns) for r in rows]
    order = sorted(range(len(rows)), key=lambda i: keys[i])  # stable: first index of a key comes first
    keep = []
    for pos, i in enumerate(order):
        if pos == 0 or keys[order[pos - 1]] != keys[i]:
            keep.append(i)
    keep.sort()
    return [rows[i] for i in keep]


def group_split(rows, group_column, val_fraction, seed):
    groups = sorted({r[group_column] for r in rows})
    n_groups = len(groups)
    n_val = math.floor(val_fraction * n_groups + 0.5)
    if n_groups >= 2 and 0 < val_fraction < 1:
        n_val = max(1, min(n_val, n_groups - 1))
    picked = np.random.default_rng(seed).choice(n_groups, size=n_val, replace=False)
    val_groups = {groups[int(i)] for i in picked}
    train, val = [], []
    for r in rows:
        (val if r[group_column] in val_groups else train).append(r)
    return train, val


def run_pipeline(rows, schema, key_columns, group_column, val_fraction, seed):
    validate(rows, schema)
    return group_split(deduplicate(rows, key_columns), group_column, val_fraction, seed)
