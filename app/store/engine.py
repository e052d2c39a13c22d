"""Build a SQLAlchemy engine from a URL, with the SQLite settings a small local app needs."""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    # WAL lets the countdown read while a grade's result is being written.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 5000",
)


# A connection execution option naming the statement that opens a SQLite transaction, so a
# migration can take the write lock up front with BEGIN IMMEDIATE.
SQLITE_BEGIN = "mockloop_sqlite_begin"


def make_engine(url: str) -> Engine:
    """Return an engine for `url`; SQLite files get their folder, pragmas and real transactions."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql" and importlib.util.find_spec("psycopg2") is None:
        # A plain postgresql:// means psycopg2 to SQLAlchemy; mockloop[postgres] installs psycopg 3.
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if in_memory:
        # One shared connection, or every checkout would see a different empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # The sqlite3 module never opens a transaction before DDL; turning its own handling off
        # and emitting BEGIN ourselves (below) makes a migration all-or-nothing.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            _execute_when_unlocked(cursor, pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(SQLITE_BEGIN, "BEGIN"))

    return engine


def _execute_when_unlocked(cursor: sqlite3.Cursor, statement: str, wait_s: float = 10.0) -> None:
    """Execute `statement`, retrying while another connection holds the file locked.

    Switching a brand-new file to WAL while other processes open it too can answer "database is
    locked" at once, without waiting in SQLite's busy handler, so the wait happens here.
    """
    deadline = time.monotonic() + wait_s
    pause = 0.01
    while True:
        try:
            cursor.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
