"""Fixtures for progress: the fixture bank, a manual clock, a fresh database (SQLite and PostgreSQL),
a session service that records round results, and a synthetic history."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.content.loader import Bank, load_bank
from app.progress import results
from app.progress.synthetic import SyntheticItem, build_history
from app.sessions.clock import ManualClock
from app.sessions.service import SessionService
from app.store import open_store

FIXTURE_CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "ui-content"
# 2026-01-05 is a Monday: six weeks of practice from there.
FIRST_DAY = datetime(2026, 1, 5, 9, tzinfo=UTC).timestamp()
WEEKS = 6
IMPROVING = SyntheticItem("prefix-sum-inplace", "coding", ("arrays",), start=0.2, end=1.0, minutes=15,
                          title="Memory-efficient prefix sum")
STUCK = SyntheticItem("fixture-bias-variance", "concept", ("learning-theory",), start=0.3, end=0.3,
                      minutes=5, title="Bias and variance")


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
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'mockloop.db'}"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(FIRST_DAY + WEEKS * 7 * 86400)


def recording_service(url: str, bank: Bank, clock: ManualClock) -> SessionService:
    """Return a service whose rounds record their results, as the app's is."""
    service = SessionService(open_store(url), bank, clock)
    service.round_listeners.append(results.listener(service.store, service.bank, clock.now))
    return service


@pytest.fixture
def service(sqlite_url, bank, clock) -> SessionService:
    return recording_service(sqlite_url, bank, clock)


@pytest.fixture
def history_service(service) -> SessionService:
    """A service over six weeks of practice: arrays improving from 20% to 100%, learning theory stuck."""
    build_history(service.store, [IMPROVING, STUCK], sessions=30, first_day=FIRST_DAY, days=WEEKS * 7 - 1)
    return service


@pytest.fixture
def improving() -> SyntheticItem:
    return IMPROVING


@pytest.fixture
def stuck() -> SyntheticItem:
    return STUCK


@pytest.fixture
def first_day() -> float:
    return FIRST_DAY


@pytest.fixture(scope="session")
def starter_code(bank) -> str:
    return bank.problems["prefix-sum-inplace"].starter


def play_loop(service: SessionService, code: str) -> str:
    """Run the fixture loop: submit `code` after a hint, lock an answer, score it strong then weak."""
    sid = service.start_loop(service.bank.loops["fixture-loop"])
    service.reveal_hint(sid, 0)
    service.clock.advance(120)
    service.wait(service.submit(sid, 0, code))
    service.next_round(sid)
    service.clock.advance(60)
    service.lock_answer(sid, 1, "my answer")
    service.score_criterion(sid, 1, 0, "strong")
    service.score_criterion(sid, 1, 1, "weak")
    service.finish(sid)
    return sid


@pytest.fixture
def play():
    return play_loop


@pytest.fixture
def make_service(bank, clock):
    """Return a factory for recording services on a given database URL."""
    return lambda url: recording_service(url, bank, clock)
