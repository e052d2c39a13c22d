"""Migrations are named, ordered, applied once each, all-or-nothing, and recorded in a table."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.store import MIGRATIONS, applied_migrations, make_engine, migrate
from app.store.migrations import Migration


def test_a_fresh_database_gets_every_migration_in_order(db_url):
    engine = make_engine(db_url)
    assert migrate(engine) == [m.name for m in MIGRATIONS]
    assert applied_migrations(engine) == [m.name for m in MIGRATIONS]
    tables = set(inspect(engine).get_table_names())
    assert {"loop_sessions", "rounds", "attempts", "code_snapshots", "hint_reveals",
            "rubric_scores", "schema_migrations"} <= tables


def test_migrating_twice_applies_nothing_the_second_time(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    assert migrate(make_engine(db_url)) == []


def test_a_failing_migration_leaves_no_trace(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    broken = Migration("0099_broken", ("CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"))
    with pytest.raises(DBAPIError):
        migrate(engine, [*MIGRATIONS, broken])
    assert "half_done" not in inspect(engine).get_table_names(), "the first statement must roll back"
    assert "0099_broken" not in applied_migrations(engine)


def test_a_later_migration_is_applied_on_top_of_existing_data(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    extra = Migration("0100_notes_column", ("ALTER TABLE loop_sessions ADD COLUMN notes TEXT",))
    assert migrate(engine, [*MIGRATIONS, extra]) == ["0100_notes_column"]
    assert applied_migrations(engine)[-1] == "0100_notes_column"


def test_sqlite_files_get_foreign_keys_and_wal(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_an_in_memory_database_is_one_shared_database():
    engine = make_engine("sqlite://")
    migrate(engine)
    assert applied_migrations(engine) == [m.name for m in MIGRATIONS]
