import math
import random

import pytest

from solution import SchemaError, deduplicate, group_split, run_pipeline, validate

SCHEMA = {"user": (str, False), "x": (float, False), "label": (int, False), "note": (str, True)}


def row(user="u", x=1.0, label=0, note=None):
    return {"user": user, "x": x, "label": label, "note": note}


def where(rows, schema=SCHEMA):
    with pytest.raises(SchemaError) as info:
        validate(rows, schema)
    return info.value.row, info.value.column


def test_bool_is_not_an_int_and_nan_is_missing():
    assert where([row(), row(label=True)]) == (1, "label"), (
        "True is not a valid int label (isinstance(True, int) is True in Python)")
    assert where([row(x=False)]) == (0, "x"), "a bool is not a float either"
    assert where([row(), row(), row(x=math.nan)]) == (2, "x"), "NaN in a non-nullable float column"
    assert where([row(user=None)]) == (0, "user"), "None in a non-nullable column"
    validate([row(note=None), row(note="ok")], SCHEMA)
    validate([{"flag": True, "v": math.nan}], {"flag": (bool, False), "v": (float, True)})


def test_missing_and_unknown_columns():
    r = row()
    del r["label"]
    assert where([row(), r]) == (1, "label"), "a missing column must be reported"
    extra = row()
    extra["lable"] = 1
    assert where([extra]) == (0, "lable"), "an unknown column (a typo) must be reported"
    both = row(x="bad")
    del both["note"]
    assert where([both]) == (0, "note"), "missing columns are checked before value types"


def test_group_split_is_deterministic_and_ignores_row_order():
    rows = [row(f"user{i % 7}", float(i)) for i in range(70)]
    train, val = group_split(rows, "user", 0.25, seed=11)
    assert group_split(rows, "user", 0.25, seed=11) == (train, val), "same seed, same split"
    shuffled = rows[:]
    random.Random(0).shuffle(shuffled)
    _, val2 = group_split(shuffled, "user", 0.25, seed=11)
    assert {r["user"] for r in val2} == {r["user"] for r in val}, (
        "which groups go to validation must not depend on the order of the rows")
    assert [r["x"] for r in train] == sorted(r["x"] for r in train), "keep input order in train"
    assert len({r["user"] for r in val}) == 2, "floor(0.25 * 7 + 0.5) = 2 validation groups"
    vals = [frozenset(r["user"] for r in group_split(rows, "user", 0.25, seed=s)[1]) for s in range(10)]
    assert len(set(vals)) > 1, "different seeds should pick different validation groups"


def test_clamping_of_the_validation_group_count():
    rows = [row(g, 1.0) for g in "abc"]
    _, val = group_split(rows, "user", 0.01, seed=0)
    assert len(val) == 1, "a tiny positive fraction still gives one validation group"
    train, _ = group_split(rows, "user", 0.99, seed=0)
    assert len(train) == 1, "a fraction near 1 still leaves one training group"


def test_pipeline_dedups_before_splitting():
    rows = [row("a", 1.0), row("a", 1.0), row("b", 2.0), row("c", 3.0), row("d", 4.0)]
    train, val = run_pipeline(rows, SCHEMA, ["user", "x"], "user", 0.5, seed=3)
    assert len(train) + len(val) == 4, "the duplicate row must be dropped before the split"
    assert not {r["user"] for r in train} & {r["user"] for r in val}, "no group on both sides"
    with pytest.raises(SchemaError):
        run_pipeline(rows + [row("e", "x")], SCHEMA, ["user"], "user", 0.5, seed=3)


def test_missing_column_is_reported_before_a_typo():
    typo = row()
    typo["lable"] = typo.pop("label")
    assert where([typo]) == (0, "label"), (
        "a row with 'lable' instead of 'label': the missing schema column 'label' comes first, then unknown ones")


def test_values_are_checked_row_by_row_in_schema_order():
    bad = {"note": 5, "label": "0", "x": 1.0, "user": "u"}  # keys not in schema order
    assert where([bad]) == (0, "label"), (
        "check the values in schema order (user, x, label, note), not in the row's key order")
    assert where([row(label="0"), row(user=3)]) == (0, "label"), (
        "check row by row: row 0 is bad, even though row 1 fails an earlier column")


def test_nan_counts_as_missing_in_any_nullable_column():
    validate([row(note=math.nan)], SCHEMA)
    assert where([row(user=math.nan)]) == (0, "user"), "NaN in a non-nullable str column is a missing value"


def test_rounding_and_the_edges_of_the_validation_fraction():
    ten = [row(f"g{i}", float(i)) for i in range(10)]
    _, val = group_split(ten, "user", 0.25, seed=1)
    assert len(val) == 3, f"floor(0.25 * 10 + 0.5) = 3 validation groups (2.5 rounds up), got {len(val)}"
    train, val = group_split(ten, "user", 0.0, seed=1)
    assert (len(train), len(val)) == (10, 0), "val_fraction 0 puts every group in train (no clamping)"
    train, val = group_split(ten, "user", 1.0, seed=1)
    assert (len(train), len(val)) == (0, 10), "val_fraction 1 puts every group in validation (no clamping)"
    one = [row("solo", 1.0), row("solo", 2.0)]
    train, val = group_split(one, "user", 0.5, seed=0)
    assert (train, val) == ([], one), "with one group, floor(0.5 * 1 + 0.5) = 1: it goes to validation"
    assert group_split([], "user", 0.3, seed=0) == ([], []), "no rows, no split"


def test_pipeline_errors_use_input_row_indices():
    rows = [row("a", 1.0), row("a", 1.0), row("b", "bad")]
    with pytest.raises(SchemaError) as info:
        run_pipeline(rows, SCHEMA, ["user", "x"], "user", 0.5, seed=0)
    assert info.value.row == 2, (
        f"validate the input rows before deduplicating: the bad row is input row 2, got {info.value.row}")


class _Counted:
    """A key value that counts every hash and comparison made on it."""

    work = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        _Counted.work += 1
        return hash(self.v)

    def __eq__(self, other):
        _Counted.work += 1
        return self.v == other.v

    def __lt__(self, other):
        _Counted.work += 1
        return self.v < other.v


def _dedup_work(n):
    rows = [{"k": _Counted(i % (n // 2)), "i": i} for i in range(n)]
    _Counted.work = 0
    out = deduplicate(rows, ["k"])
    assert [r["i"] for r in out] == list(range(n // 2)), "keep the first row of each key, in input order"
    return _Counted.work


def test_dedup_is_not_quadratic():
    small, large = _dedup_work(200), _dedup_work(800)
    assert large <= 8 * small, (
        f"deduplicate did {small} key hashes/comparisons for 200 rows and {large} for 800: work must grow "
        "about like n (a set of seen keys), not n^2 (scanning a list of seen keys)")


def test_ints_are_floats_and_the_error_is_a_value_error():
    try:
        validate([row(x=3), row(x=-1), row(x=2.5)], SCHEMA)
    except SchemaError as err:
        raise AssertionError(f"an int (or float) that is not a bool is a valid value of a float column: {err}") from err
    with pytest.raises(SchemaError) as info:
        validate([row(), row(label=1.5)], SCHEMA)
    err = info.value
    assert isinstance(err, ValueError), "SchemaError must subclass ValueError, so callers can catch it as one"
    assert str(err).startswith("row 1, column 'label': "), (
        f"the message must read \"row 1, column 'label': <reason>\", got {str(err)!r}")
