"""Fixtures for storage tests: a fresh database per test, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from app.store import Store, open_store


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'mockloop.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, sqlite_url) -> str:
    if request.param == "sqlite":
        return sqlite_url
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def fresh_store(db_url) -> Store:
    store = open_store(db_url)
    yield store
    store.engine.dispose()
