"""Export -> import into an empty database gives back identical tables, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.progress import backup
from app.progress.synthetic import build_history


@pytest.fixture
def second_url(db_url, request, tmp_path):
    """Return another empty database of the same kind as `db_url`."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def full_service(db_url, make_service, play, starter_code, improving, stuck, first_day):
    """A service whose database has rows in every table it uses: a played loop and a synthetic history."""
    service = make_service(db_url)
    build_history(service.store, [improving, stuck], sessions=6, first_day=first_day, days=10)
    sid = play(service, starter_code)
    service.flag_pitfall(sid, 1, 0, True)
    service.store.add_snapshot(sid, 0, service.clock.now(), "autosave", "x = 'ünïcode'\n")
    yield service
    service.store.engine.dispose()


def test_export_then_import_restores_identical_tables(full_service, second_url, make_service, tmp_path):
    source = full_service.store.engine
    path = tmp_path / "history.json"
    rows = backup.export_json(source, path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    for table in ("loop_sessions", "rounds", "attempts", "code_snapshots", "hint_reveals", "rubric_scores",
                  "red_flags", "round_results", "round_scores"):
        assert exported["tables"][table]["rows"], f"the fixture left {table} empty"
    target = make_service(second_url)
    assert backup.import_json(target.store.engine, path) == rows
    assert backup.export_data(target.store.engine) == backup.export_data(source)
    target.store.engine.dispose()


def test_import_refuses_a_database_that_already_holds_history(full_service, tmp_path):
    path = tmp_path / "history.json"
    backup.export_json(full_service.store.engine, path)
    with pytest.raises(backup.BackupError, match="empty database"):
        backup.import_json(full_service.store.engine, path)


def test_import_refuses_files_that_are_not_exports_or_come_from_a_newer_mockloop(make_service, sqlite_url,
                                                                               tmp_path):
    engine = make_service(sqlite_url).store.engine
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(backup.BackupError, match="not a Mockloop history export"):
        backup.import_json(engine, bad)
    newer = {"format": backup.FORMAT, "version": backup.VERSION, "migrations": ["9999_future"], "tables": {}}
    bad.write_text(json.dumps(newer))
    with pytest.raises(backup.BackupError, match="newer Mockloop"):
        backup.import_json(engine, bad)


def test_csv_export_writes_one_table_per_file(full_service, tmp_path):
    files = backup.export_csv(full_service.store.engine, tmp_path / "csv")
    names = {f.stem for f in files}
    assert {"loop_sessions", "rounds", "round_results"} <= names
    sessions = pd.read_csv(tmp_path / "csv" / "loop_sessions.csv")
    assert len(sessions) == 7 and "started_at" in sessions.columns
