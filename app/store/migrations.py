"""Named, ordered schema migrations, each applied in one transaction and recorded in a table.

Types are kept to TEXT, INTEGER and FLOAT and keys are text ids so the same statements run on
SQLite and on PostgreSQL. Times are seconds since the epoch (wall clock), so a deadline survives
a server restart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from app.store.engine import SQLITE_BEGIN
from app.store.errors import StoreError

MIGRATIONS_TABLE = "schema_migrations"
# Any fixed number will do, as long as every Mockloop process takes the same advisory lock.
MIGRATION_LOCK_KEY = 0x6D6F636B6C6F6F70


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
    # Pitfalls become red flags the scorer ticks; each one ticked costs points.
    Migration("0004_red_flags", (
        """CREATE TABLE red_flags (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            pitfall INTEGER NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, pitfall),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
    )),
    # Pair mode: who acts in a session, scores keyed by scorer, hints given by the interviewer,
    # private notes, blind-score submissions; and how a session ended (completed or abandoned).
    Migration("0005_participants", (
        "ALTER TABLE loop_sessions ADD COLUMN pair INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE loop_sessions ADD COLUMN join_code TEXT",
        "ALTER TABLE loop_sessions ADD COLUMN outcome TEXT",
        """CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES loop_sessions(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            token TEXT NOT NULL UNIQUE,
            joined_at FLOAT NOT NULL
        )""",
        "CREATE INDEX participants_by_session ON participants(session_id)",
        "ALTER TABLE rubric_scores RENAME TO rubric_scores_v1",
        """CREATE TABLE rubric_scores (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            scorer TEXT NOT NULL DEFAULT 'candidate',
            criterion INTEGER NOT NULL,
            level TEXT NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, scorer, criterion),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """INSERT INTO rubric_scores (session_id, round_idx, scorer, criterion, level, at)
            SELECT session_id, round_idx, 'candidate', criterion, level, at FROM rubric_scores_v1""",
        "DROP TABLE rubric_scores_v1",
        "ALTER TABLE red_flags RENAME TO red_flags_v1",
        """CREATE TABLE red_flags (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            scorer TEXT NOT NULL DEFAULT 'candidate',
            pitfall INTEGER NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, scorer, pitfall),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """INSERT INTO red_flags (session_id, round_idx, scorer, pitfall, at)
            SELECT session_id, round_idx, 'candidate', pitfall, at FROM red_flags_v1""",
        "DROP TABLE red_flags_v1",
        "ALTER TABLE hint_reveals ADD COLUMN given_by TEXT NOT NULL DEFAULT 'candidate'",
        """CREATE TABLE interviewer_notes (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            author TEXT NOT NULL,
            at FLOAT NOT NULL,
            body TEXT NOT NULL,
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """CREATE TABLE score_submissions (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            scorer TEXT NOT NULL,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, scorer),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """CREATE TABLE calibration_gaps (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            criterion INTEGER NOT NULL,
            self_level TEXT,
            partner_level TEXT,
            gap FLOAT,
            at FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, criterion),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
    )),
    # What each round earned, stored when it ends so past scores never follow later content edits.
    # Rounds that ended before this migration get a `pending` row that app.progress.results fills
    # in once, from the content of that day (the only time a result is taken from today's files).
    Migration("0006_round_results", (
        """CREATE TABLE round_results (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            topics_json TEXT NOT NULL DEFAULT '[]',
            ended_at FLOAT,
            budget_s FLOAT NOT NULL,
            used_s FLOAT,
            hints_used INTEGER NOT NULL DEFAULT 0,
            hints_total INTEGER NOT NULL DEFAULT 0,
            runs INTEGER NOT NULL DEFAULT 0,
            tests_passed INTEGER,
            tests_total INTEGER,
            first_submit_pass INTEGER,
            rubric_json TEXT,
            points FLOAT NOT NULL DEFAULT 0,
            max_points FLOAT NOT NULL DEFAULT 0,
            pending INTEGER NOT NULL DEFAULT 0,
            backfilled INTEGER NOT NULL DEFAULT 0,
            recorded_at FLOAT,
            PRIMARY KEY (session_id, round_idx),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        "CREATE INDEX round_results_by_time ON round_results(ended_at)",
        """CREATE TABLE round_scores (
            session_id TEXT NOT NULL,
            round_idx INTEGER NOT NULL,
            scorer TEXT NOT NULL,
            points FLOAT NOT NULL,
            max_points FLOAT NOT NULL,
            PRIMARY KEY (session_id, round_idx, scorer),
            FOREIGN KEY (session_id, round_idx) REFERENCES rounds(session_id, idx) ON DELETE CASCADE
        )""",
        """INSERT INTO round_results (session_id, round_idx, kind, item_id, ended_at, budget_s, pending)
            SELECT session_id, idx, kind, item_id, ended_at, budget_s, 1 FROM rounds
            WHERE ended_at IS NOT NULL""",
    )),
    # Solo concept rounds continue after the lock with the question's follow-up probes, under
    # the same clock: this counts how many probes the candidate has been shown.
    Migration("0007_follow_ups_shown", (
        "ALTER TABLE rounds ADD COLUMN follow_ups_shown INTEGER NOT NULL DEFAULT 0",
    )),
)


def applied_migrations(engine: Engine) -> list[str]:
    """Return the names of the migrations already applied, in the order they were applied."""
    if not inspect(engine).has_table(MIGRATIONS_TABLE):
        return []
    with engine.connect() as conn:
        return _applied(conn)


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every migration not yet recorded, each in its own locked transaction; return their names.

    Several processes may open a fresh database at once (server workers, a CLI beside the app):
    the lock makes them take turns, and each re-reads what is applied once it holds the lock.
    A database with a migration this code does not know is refused (StoreError).
    """
    names = [m.name for m in migrations]
    if len(set(names)) != len(names):
        raise ValueError("migration names must be unique")
    if set(names) <= set(_known_applied(engine, applied_migrations(engine), names)):
        return []
    newly: list[str] = []
    for migration in migrations:
        with _locked(engine) as conn:
            done = _known_applied(engine, _applied(conn), names)
            if migration.name in done:
                continue
            _apply(conn, migration)
        newly.append(migration.name)
    return newly


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """Yield a connection in a transaction that holds the migration lock until it ends."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"})
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            conn.execute(text(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE}"
                              " (name TEXT PRIMARY KEY, applied_at FLOAT NOT NULL)"))
            yield conn


def _applied(conn: Connection) -> list[str]:
    rows = conn.execute(text(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name"))
    return [row.name for row in rows]


def _known_applied(engine: Engine, applied: list[str], known: list[str]) -> list[str]:
    """Return `applied`, refusing a database that a newer Mockloop has migrated further."""
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"the database {engine.url.render_as_string(hide_password=True)} has migration"
            f" '{unknown[0]}', which this version of Mockloop does not know (it was written by a newer"
            " one): upgrade Mockloop, or point --database-url / MOCKLOOP_DATABASE_URL elsewhere")
    return applied


def _apply(conn: Connection, migration: Migration) -> None:
    for statement in migration.statements:
        conn.exec_driver_sql(statement)
    conn.execute(
        text(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (:name, :at)"),
        {"name": migration.name, "at": time.time()},
    )
