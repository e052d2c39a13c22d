import pytest

from solution import SchemaError, deduplicate, group_split, validate

SCHEMA = {"user": (str, False), "x": (float, False), "label": (int, False), "note": (str, True)}


def row(user="u", x=1.0, label=0, note=None):
    return {"user": user, "x": x, "label": label, "note": note}


def test_error_names_row_and_column():
    rows = [row(), row(x=2), row(x="2.5")]
    with pytest.raises(SchemaError) as info:
        validate(rows, SCHEMA)
    err = info.value
    assert isinstance(err, ValueError), "SchemaError must subclass ValueError"
    assert (err.row, err.column) == (2, "x"), f"expected row 2, column 'x'; got {err.row}, {err.column!r}"
    assert "row 2" in str(err) and "'x'" in str(err), f"message should name both: {err}"
    assert validate(rows[:2], SCHEMA) is None, "an int in a float column and a None note are valid"


def test_dedup_keeps_first_occurrence_in_order():
    rows = [row("a", 1.0), row("b", 2.0), row("a", 1.0, label=1), row("c", 3.0), row("b", 2.0)]
    out = deduplicate(rows, ["user", "x"])
    assert out == [rows[0], rows[1], rows[3]], f"keep the first row of each key in order, got {out}"


def test_group_split_has_no_leakage():
    rows = [row(f"g{i % 10}", float(i)) for i in range(100)]
    train, val = group_split(rows, "user", 0.3, seed=0)
    tg, vg = {r["user"] for r in train}, {r["user"] for r in val}
    assert not tg & vg, f"groups {sorted(tg & vg)} appear in both train and val"
    assert len(vg) == 3, f"30% of 10 groups is 3 validation groups, got {len(vg)}"
    assert len(train) + len(val) == 100, "every row must land on exactly one side"
