"""Fixtures for the session state machine: the fixture bank, a manual clock, a fresh database
(SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.content.loader import Bank, load_bank
from app.sessions.clock import ManualClock
from app.sessions.service import SessionService
from app.store import open_store

FIXTURE_CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "ui-content"
PROBLEM = "prefix-sum-inplace"


@pytest.fixture(scope="session")
def bank() -> Bank:
    loaded = load_bank(FIXTURE_CONTENT)
    assert not loaded.errors, loaded.errors
    return loaded


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """Return a fresh database: a SQLite file, or a database on the suite's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'mockloop.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def service(bank, clock, db_url):
    service = SessionService(open_store(db_url), bank, clock)
    yield service
    service.close()  # let its grading threads finish before the test's database goes away


@pytest.fixture(scope="session")
def reference(bank) -> str:
    return bank.problems[PROBLEM].reference_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def starter(bank) -> str:
    return bank.problems[PROBLEM].starter
