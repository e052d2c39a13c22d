"""A database that cannot be used is one StoreError line saying what and where, never a traceback.

Each fault goes through `open_store` and through `mockloop serve`, which must refuse to start
(exit 1, one line on stderr, within seconds) instead of serving pages that all fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import PROJECT_ROOT
from app.store import MIGRATIONS, StoreError, make_engine, migrate, open_store
from app.store.migrations import Migration
from app.store.records import RoundRecord, SessionRecord

BWRAP = shutil.which("bwrap")


def serve(url: str, *, wrap: list[str] = (), env: dict | None = None) -> tuple[subprocess.CompletedProcess,
                                                                             float]:
    """Run `mockloop serve` on `url` and return how it ended and how long it took."""
    started = time.monotonic()
    done = subprocess.run([*wrap, sys.executable, "-m", "app.cli", "serve", "--headless", "--port", "1",
                           "--database-url", url], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          timeout=60, env={**os.environ, **(env or {})}, check=False)
    return done, time.monotonic() - started


def assert_one_line_refusal(done: subprocess.CompletedProcess, elapsed: float, *words: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mockloop: "), done.stderr
    assert "Traceback" not in done.stderr and "sqlalchemy" not in done.stderr.lower()
    for word in words:
        assert word in lines[0], lines[0]
    assert elapsed < 30, f"serve took {elapsed:.0f} s to refuse"


@pytest.fixture
def corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "mockloop.db"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database, it is a note that overwrote one\n" * 200)
    return path


def test_a_corrupt_file_says_move_it_aside(corrupt_file: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{corrupt_file}")
    message = str(caught.value)
    assert "\n" not in message
    assert str(corrupt_file) in message and "move the file aside" in message


def test_serve_refuses_a_corrupt_file_in_one_line(corrupt_file: Path) -> None:
    done, elapsed = serve(f"sqlite:///{corrupt_file}")
    assert_one_line_refusal(done, elapsed, str(corrupt_file), "move the file aside")
    assert corrupt_file.read_bytes().startswith(b"this is not a database"), "the file is left alone"


@pytest.mark.parametrize("url, words", [
    ("not a url at all", ["not a valid SQLAlchemy URL"]),
    ("nosuchdb://somewhere/x", ["does not know"]),
    ("postgresql+psycopg://mock:s3cret-pw@127.0.0.1:1/mockloop", ["cannot use the database",
                                                                  "mock:***@127.0.0.1:1"]),
])
def test_a_bad_url_names_the_url_with_its_password_masked(url: str, words: list[str]) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "s3cret-pw" not in message and "\n" not in message
    for word in words:
        assert word in message, message


def test_a_postgres_url_without_its_driver_says_what_to_install() -> None:
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("psycopg2 is installed here")
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg2://mock:s3cret-pw@127.0.0.1:1/mockloop")
    message = str(caught.value)
    assert "psycopg2" in message and "not installed" in message and "s3cret-pw" not in message


def test_serve_refuses_a_bad_url_and_masks_the_password() -> None:
    done, elapsed = serve("postgresql+psycopg://mock:s3cret-pw@127.0.0.1:1/mockloop")
    assert_one_line_refusal(done, elapsed, "mock:***@")
    assert "s3cret-pw" not in done.stderr


def test_a_data_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{blocker / 'mockloop.db'}")
    assert "cannot write the database" in str(caught.value)


def test_a_folder_where_the_database_file_should_be_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "mockloop.db"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{folder}")
    assert f"{folder} is a folder" in str(caught.value)


def _read_only(folder: Path) -> list[str]:
    """Return a command prefix under which `folder` is read-only (root ignores file modes)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    if BWRAP is None or subprocess.run([BWRAP, "--dev-bind", "/", "/", "true"],
                                       capture_output=True, check=False).returncode != 0:
        pytest.skip("as root a read-only folder needs bubblewrap's read-only bind mount")
    return [BWRAP, "--dev-bind", "/", "/", "--ro-bind", str(folder), str(folder)]


@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "existing"])
def test_serve_refuses_a_read_only_data_folder(tmp_path: Path, existing: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite:///{folder / 'mockloop.db'}"
    if existing:
        open_store(url).engine.dispose()
    try:
        done, elapsed = serve(url, wrap=_read_only(folder))
    finally:
        folder.chmod(0o755)
    assert_one_line_refusal(done, elapsed, str(folder), "writable")


def test_commands_that_need_no_database_still_work_with_a_broken_one(corrupt_file: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli", "doctor"],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120, check=False,
                          env={**os.environ, "MOCKLOOP_DATABASE_URL": f"sqlite:///{corrupt_file}"})
    assert done.returncode == 0, done.stderr


def test_a_database_from_a_newer_mockloop_is_refused(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine, [*MIGRATIONS, Migration("9999_from_the_future", ("CREATE TABLE later (x INTEGER)",))])
    engine.dispose()
    with pytest.raises(StoreError) as caught:
        open_store(db_url)
    assert "9999_from_the_future" in str(caught.value) and "newer" in str(caught.value)


def test_a_column_added_later_does_not_break_reads(fresh_store, db_url: str) -> None:
    session = SessionRecord(id="s1", mode="interview", loop_id="l", title="Loop", spec_json="{}",
                            started_at=100.0, budget_s=600.0, current_round=0, finished_at=None,
                            paused_at=None, paused_total_s=0.0)
    rounds = [RoundRecord("s1", 0, "coding", "p", 300.0, 100.0, None, None, "code", None, None)]
    fresh_store.create_session(session, rounds)
    with fresh_store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE loop_sessions ADD COLUMN added_later TEXT"))
        conn.execute(text("ALTER TABLE rounds ADD COLUMN added_later TEXT"))
    again = open_store(db_url)
    assert again.session(session.id) == session and again.sessions() == [session]
    assert again.rounds(session.id) == rounds
    again.engine.dispose()
