"""Export all history (one JSON file, or one CSV per table) and import the JSON into an empty database.

The export holds every row of every table but the migration record, column by column as stored,
with the names of the migrations the database had; importing it into an empty database of the
same or a newer schema gives back identical tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, MetaData, Table, func, select

from app.store.migrations import MIGRATIONS, MIGRATIONS_TABLE, applied_migrations

FORMAT = "mockloop-history"
VERSION = 1


class BackupError(ValueError):
    """An export that cannot be imported here; the message says why."""


def _tables(engine: Engine) -> list[Table]:
    """Return the history tables in an order that inserts parents before children."""
    meta = MetaData()
    meta.reflect(engine)
    return [t for t in meta.sorted_tables if t.name != MIGRATIONS_TABLE]


def _ordered(table: Table):
    keys = list(table.primary_key.columns) or list(table.columns)
    return select(table).order_by(*keys)


def export_data(engine: Engine) -> dict[str, Any]:
    """Return the whole history as one JSON-ready dict."""
    tables = {}
    with engine.connect() as conn:
        for table in _tables(engine):
            rows = conn.execute(_ordered(table)).all()
            tables[table.name] = {"columns": [c.name for c in table.columns], "rows": [list(r) for r in rows]}
    return {"format": FORMAT, "version": VERSION, "migrations": applied_migrations(engine), "tables": tables}


def export_json(engine: Engine, path: Path) -> int:
    """Write the history to one JSON file; return how many rows it holds."""
    data = export_data(engine)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sum(len(t["rows"]) for t in data["tables"].values())


def export_csv(engine: Engine, folder: Path) -> list[Path]:
    """Write one CSV per table into `folder`; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in export_data(engine)["tables"].items():
        path = folder / f"{name}.csv"
        pd.DataFrame(table["rows"], columns=table["columns"]).to_csv(path, index=False)
        written.append(path)
    return written


def csv_frames(engine: Engine) -> dict[str, pd.DataFrame]:
    """Return every table as a frame (for a download button)."""
    tables = export_data(engine)["tables"]
    return {name: pd.DataFrame(t["rows"], columns=t["columns"]) for name, t in tables.items()}


def is_empty(engine: Engine) -> bool:
    """Return whether no history table holds a row."""
    with engine.connect() as conn:
        return all(conn.execute(select(func.count()).select_from(t)).scalar() == 0 for t in _tables(engine))


def import_data(engine: Engine, data: dict[str, Any]) -> int:
    """Restore an export into an empty, migrated database in one transaction; return the rows written."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise BackupError("this file is not a Mockloop history export (version 1)")
    known = {m.name for m in MIGRATIONS}
    newer = [m for m in data.get("migrations", []) if m not in known]
    if newer:
        raise BackupError(f"the export comes from a newer Mockloop (migration '{newer[0]}'): upgrade first")
    if not is_empty(engine):
        raise BackupError("the database already holds history; import only into an empty database")
    tables = {t.name: t for t in _tables(engine)}
    unknown = [name for name in data["tables"] if name not in tables]
    if unknown:
        raise BackupError(f"the export has a table this database lacks: '{unknown[0]}'")
    written = 0
    with engine.begin() as conn:
        for name, table in tables.items():
            part = data["tables"].get(name)
            if not part or not part["rows"]:
                continue
            missing = [c for c in part["columns"] if c not in table.columns]
            if missing:
                raise BackupError(f"the export's table '{name}' has a column this database lacks:"
                                  f" '{missing[0]}'")
            rows = [dict(zip(part["columns"], row, strict=True)) for row in part["rows"]]
            conn.execute(table.insert(), rows)
            written += len(part["rows"])
    return written


def import_json(engine: Engine, path: Path) -> int:
    """Restore a JSON export file; return the rows written."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(f"cannot read {path}: {exc}") from exc
    return import_data(engine, data)
