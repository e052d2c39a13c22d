"""Process-wide resources (service, grading jobs) and the session id carried in the URL."""

from __future__ import annotations

import streamlit as st

from app.content.loader import load_bank
from app.paths import content_root, database_url
from app.sessions.locks import GradingJobs
from app.sessions.service import SessionService
from app.store import open_store

INTERVIEW_PAGE = "app_pages/interview.py"
REVIEW_PAGE = "app_pages/review.py"
HOME_PAGE = "app_pages/home.py"
HISTORY_PAGE = "app_pages/history.py"


@st.cache_resource(show_spinner=False)
def get_service() -> SessionService:
    """Return the one session service of this server (database and content bank opened once)."""
    return SessionService(open_store(database_url()), load_bank(content_root()))


@st.cache_resource(show_spinner=False)
def get_jobs() -> GradingJobs:
    """Return the server's background grading jobs, shared by every tab."""
    return GradingJobs(workers=2)


def session_from_url() -> str | None:
    """Return the session id in the URL, falling back to the one this tab opened last."""
    sid = st.query_params.get("session") or st.session_state.get("nav_session")
    if sid:
        st.session_state["nav_session"] = sid
        st.query_params["session"] = sid
    return sid


def open_page(page: str, session_id: str) -> None:
    """Switch to `page` with the session id in its URL, so a refresh lands on the same session."""
    st.session_state["nav_session"] = session_id
    st.switch_page(page, query_params={"session": session_id})
