# Mistake: SchemaError subclasses Exception, so callers catching ValueError miss it
import math

import numpy as np


class SchemaError(Exception):
    def __init__(self, row, column, reason):
        self.row = row
        self.column = column
        super().__init__(f"row {row}, column '{column}': {reason}")


def _is_missing(v):
    return v is None or (isinstance(v, float) and v != v)


def _type_ok(v, typ):
    if typ is bool:
        return isinstance(v, bool)
    if isinstance(v, bool):
        return False
    if typ is int:
        return isinstance(v, int)
    if typ is float:
        return isinstance(v, (int, float))
    return isinstance(v, typ)


def validate(rows, schema):
    for r, row in enumerate(rows):
        for col in schema:
            if col not in row:
                raise SchemaError(r, col, "missing column")
        for col in row:
            if col not in schema:
                raise SchemaError(r, col, "unknown column")
        for col, (typ, nullable) in schema.items():
            v = row[col]
            if _is_missing(v):
                if not nullable:
                    raise SchemaError(r, col, "missing value in a non-nullable column")
                continue
            if not _type_ok(v, typ):
                raise SchemaError(r, col, f"expected {typ.__name__}, got {type(v).__name__}")


def deduplicate(rows, key_columns):
    seen = set()
    out = []
    for row in rows:
        key = tuple(row[c] for c in key_columns)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def group_split(rows, group_column, val_fraction, seed):
    groups = sorted({row[group_column] for row in rows})
    g = len(groups)
    n_val = math.floor(val_fraction * g + 0.5)
    if g >= 2 and 0 < val_fraction < 1:
        n_val = min(max(n_val, 1), g - 1)
    order = np.random.default_rng(seed).permutation(g)
    val_groups = {groups[i] for i in order[:n_val]}
    train = [row for row in rows if row[group_column] not in val_groups]
    val = [row for row in rows if row[group_column] in val_groups]
    return train, val


def run_pipeline(rows, schema, key_columns, group_column, val_fraction, seed):
    validate(rows, schema)
    return group_split(deduplicate(rows, key_columns), group_column, val_fraction, seed)
