"""Named, ordered schema migrations, each applied in one transaction and recorded in a table.

Types are kept to TEXT, INTEGER and FLOAT and keys are text ids so the same statements run on
SQLite and on PostgreSQL. Times are seconds since the epoch (wall clock), so a deadline survives
a server restart.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS_TABLE = "schema_migrations"


@dataclass(frozen=True)
class Migration:
    """One schema change: a unique name and the statements that make it."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_sessions_and_rounds", (
        """CREATE TABLE loop_sessions (
            id TEXT PRIMARY KEY,
            mode TEXT NOT NULL,
            loop_id TEXT NOT NULL,
            title TEXT NOT NULL,
            spec_json TEXT NOT NULL,
            started_at FLOAT NOT NULL,
            budget_s FLOAT,
            current_round INTEGER NOT NULL DEFAULT 0,
            finished_at FLOAT,
            paused_at FLOAT,
            paused_total_s FLOAT NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE rounds (
            session_id TEXT NOT NULL REFERENCES loop_sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            budget_s FLOAT NOT NULL,
            started_at FLOAT,
            ended_at FLOAT,
            end_reason TEXT,
            code TEXT,
            code_saved_at FLOAT,
            answer TEXT,
            PRIMARY KEY (session_id, idx)
        )""",
    )),
    Migration("0002_attempts_snapshots_hints_scores", (
        """CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            at FLOAT NOT NULL,
            automatic INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            report_json TEXT NOT NULL,
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        "CREATE INDEX attempts_by_round ON attempts(session_id, round_idx, at)",
        """CREATE TABLE code_snapshots (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            at FLOAT NOT NULL,
            reason TEXT NOT NULL,
            source TEXT NOT NULL,
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        "CREATE INDEX snapshots_by_round ON code_snapshots(session_id, round_idx, at)",
        """CREATE TABLE hint_reveals (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            step INTEGER NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, step),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """CREATE TABLE rubric_scores (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            criterion INTEGER NOT NULL,
            level TEXT NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, criterion),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
    )),
    # Grades become durable jobs: the attempt row is written `queued` before any work and its
    # report arrives later, so the report columns become nullable (SQLite cannot drop NOT NULL
    # in place, hence the copy into a new table).
    Migration("0003_attempt_queue", (
        "DROP INDEX attempts_by_round",
        "ALTER TABLE attempts RENAME TO attempts_v2",
        """CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            at FLOAT NOT NULL,
            automatic INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'done',
            passed INTEGER,
            total INTEGER,
            report_json TEXT,
            error TEXT,
            started_at FLOAT,
            finished_at FLOAT,
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """INSERT INTO attempts (id, session_id, round_idx, kind, at, automatic, source, status, passed,
            total, report_json, started_at, finished_at)
            SELECT id, session_id, round_idx, kind, at, automatic, source, 'done', passed, total,
            report_json, at, at FROM attempts_v2""",
        "DROP TABLE attempts_v2",
        "CREATE INDEX attempts_by_round ON attempts(session_id, round_idx, at)",
        "CREATE INDEX attempts_by_status ON attempts(status, at)",
        "ALTER TABLE rounds ADD COLUMN code_version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE rounds ADD COLUMN answer_version INTEGER NOT NULL DEFAULT 0",
    )),
)


def applied_migrations(engine: Engine) -> list[str]:
    """Return the names of the migrations already applied, in the order they were applied."""
    if not inspect(engine).has_table(MIGRATIONS_TABLE):
        return []
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name"))
        return [row.name for row in rows]


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; return their names."""
    names = [m.name for m in migrations]
    if len(set(names)) != len(names):
        raise ValueError("migration names must be unique")
    with engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE}"
                          " (name TEXT PRIMARY KEY, applied_at FLOAT NOT NULL)"))
    done = set(applied_migrations(engine))
    newly: list[str] = []
    for migration in migrations:
        if migration.name in done:
            continue
        with engine.begin() as conn:
            _apply(conn, migration)
        newly.append(migration.name)
    return newly


def _apply(conn: Connection, migration: Migration) -> None:
    for statement in migration.statements:
        conn.exec_driver_sql(statement)
    conn.execute(
        text(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (:name, :at)"),
        {"name": migration.name, "at": time.time()},
    )
