"""Suite-wide fixtures: a throwaway PostgreSQL server, so the store runs on a real one too.

The server is Debian's `postgresql` package (scripts/install-test-deps.sh installs it), started
once per test process into a temporary folder on a free loopback port and stopped at the end.
Each test that asks for `postgres_url` gets an empty database of its own. Where no server can be
started the PostgreSQL cases skip with the reason, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PG_USER = "postgres"
TEST_DATABASE = "mockloop_tests"
# Durability is worthless for a database that is thrown away; turning it off keeps tests fast.
PG_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300")


class PostgresServer:
    """A running throwaway PostgreSQL cluster that hands out fresh databases."""

    def __init__(self, bindir: Path, folder: Path, port: int, run_as: str | None) -> None:
        self.bindir, self.folder, self.port, self.run_as = bindir, folder, port, run_as

    def url(self, database: str = TEST_DATABASE, schema: str | None = None) -> str:
        """Return the SQLAlchemy URL of a database on this server (optionally one schema of it)."""
        url = f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/{database}"
        if schema:
            # The schema comes first on the search path and names the connections, so everything
            # the app creates lands in it and the test's connections can be found and closed.
            url += f"?options=-csearch_path%3D{schema}&application_name={schema}"
        return url

    def create_database(self) -> str:
        """Return the URL of a fresh, empty database of its own (a new schema: CREATE DATABASE
        takes most of a second per test, a schema a few milliseconds, and the app cannot tell)."""
        name = f"test_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE SCHEMA "{name}"', TEST_DATABASE)
        return self.url(TEST_DATABASE, name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by `create_database`, closing whatever is still connected to it."""
        name = url.rsplit("application_name=", 1)[1]
        self._admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    f" WHERE application_name = '{name}'", TEST_DATABASE)
        self._admin(f'DROP SCHEMA IF EXISTS "{name}" CASCADE', TEST_DATABASE)

    def stop(self) -> None:
        """Stop the server at once and remove its files."""
        self._pg_ctl("-m", "immediate", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(f"postgresql://{PG_USER}@127.0.0.1:{self.port}/{database}",
                             autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql)

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _run_as(self.run_as, [str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
                                     "-w", "-t", "60", *args], check=check)


def _run_as(user: str | None, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    # initdb and postgres refuse to run as root, so as root they run as the postgres user.
    return subprocess.run(argv, user=user, group=user, capture_output=True, text=True, timeout=120,
                          check=check, cwd="/")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_postgres() -> tuple[PostgresServer | None, str]:
    """Start a throwaway server; return it, or None and the reason it could not be started."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[dev]')"
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = Path(found[-1]) if found else (Path(p) if (p := shutil.which("initdb")) else None)
    if initdb is None:
        return None, "PostgreSQL is not installed (no initdb); run scripts/install-test-deps.sh"
    run_as = None
    folder = Path(tempfile.mkdtemp(prefix="mockloop-pg-"))
    if os.geteuid() == 0:
        run_as = PG_USER
        try:
            shutil.chown(folder, PG_USER, PG_USER)
        except LookupError:
            shutil.rmtree(folder, ignore_errors=True)
            return None, "running as root and there is no 'postgres' user to run initdb as"
    try:
        _run_as(run_as, [str(initdb), "-D", str(folder / "data"), "-U", PG_USER, "--auth=trust",
                         "--encoding=UTF8", "--locale=C", "--no-sync"])
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"initdb failed: {_why(exc)}"
    last = ""
    for _ in range(3):  # another process may take the free port before the server binds it
        server = PostgresServer(initdb.parent, folder, _free_port(), run_as)
        options = " ".join([f"-h 127.0.0.1 -p {server.port} -k {folder}",
                            *(f"-c {s}" for s in PG_SETTINGS)])
        try:
            server._pg_ctl("-l", str(folder / "server.log"), "-o", options, "start")
            server._admin(f"CREATE DATABASE {TEST_DATABASE}")
            return server, ""
        except Exception as exc:  # noqa: BLE001 - any failure here is a reason to report
            log = folder / "server.log"
            last = _why(exc) + (f"; log: {log.read_text()[-400:]}" if log.exists() else "")
            server._pg_ctl("-m", "immediate", "stop", check=False)
    shutil.rmtree(folder, ignore_errors=True)
    return None, f"the PostgreSQL server did not start: {last}"


def _why(exc: BaseException) -> str:
    stderr = getattr(exc, "stderr", None)
    return (stderr or str(exc)).strip().splitlines()[-1] if (stderr or str(exc)).strip() else repr(exc)


@pytest.fixture(scope="session")
def postgres_server():
    """Yield a PostgreSQL server for this test process (skip without one, fail in CI)."""
    server, reason = start_postgres()
    if server is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {reason}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer):
    """Yield the URL of a fresh, empty PostgreSQL database, dropped after the test."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)
