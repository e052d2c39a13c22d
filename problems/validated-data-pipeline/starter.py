import numpy as np


class SchemaError(ValueError):
    def __init__(self, row, column, reason):
        self.row = row
        self.column = column
        super().__init__(f"row {row}, column '{column}': {reason}")


def validate(rows, schema):
    """Raise SchemaError for the first malformed row/column; return None if all rows are valid."""
    # TODO
    raise NotImplementedError


def deduplicate(rows, key_columns):
    """Keep the first row of every distinct key, in input order."""
    # TODO
    raise NotImplementedError


def group_split(rows, group_column, val_fraction, seed):
    """Split rows into (train, val) so that every group lies on exactly one side."""
    # TODO
    raise NotImplementedError


def run_pipeline(rows, schema, key_columns, group_column, val_fraction, seed):
    """validate -> deduplicate -> group_split."""
    # TODO
    raise NotImplementedError
