"""Fixtures for AppTest smoke tests: the fixture content, a fresh database file, clean caches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from app.content.loader import load_bank
from app.sessions.service import SessionService
from app.store import open_store

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "app" / "ui" / "main.py")
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "ui-content"


@pytest.fixture
def app_env(tmp_path, monkeypatch) -> str:
    """Point the app at the fixture content and a fresh SQLite file; return the database URL."""
    url = f"sqlite:///{tmp_path / 'mockloop.db'}"
    monkeypatch.setenv("MOCKLOOP_CONTENT", str(FIXTURE_CONTENT))
    monkeypatch.setenv("MOCKLOOP_DATABASE_URL", url)
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()


@pytest.fixture
def service(app_env) -> SessionService:
    """A second service on the same database, for arranging sessions and checking what was stored."""
    return SessionService(open_store(app_env), load_bank(FIXTURE_CONTENT))


@pytest.fixture
def make_app() -> Callable[..., AppTest]:
    """Return a factory for an AppTest on the real entry point, opened on a page and session."""
    def build(page: str | None = None, session: str | None = None) -> AppTest:
        at = AppTest.from_file(MAIN, default_timeout=90)
        if session:
            at.query_params["session"] = session
        if page:
            at.switch_page(page)
        return at
    return build
