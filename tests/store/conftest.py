"""Fixtures for storage tests: a fresh SQLite file per test."""

from __future__ import annotations

import pytest

from app.store import Store, open_store


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'mockloop.db'}"


@pytest.fixture
def fresh_store(db_url) -> Store:
    return open_store(db_url)
