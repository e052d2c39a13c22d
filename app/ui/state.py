"""Process-wide resources (the session service) and the session id carried in the URL."""

from __future__ import annotations

import os

import streamlit as st

from app.config import Settings
from app.content.loader import load_bank
from app.grading.pool import Grader, GraderSettings
from app.progress import results
from app.sessions.actors import Actor
from app.sessions.service import AccessDenied, SessionService
from app.store import StoreError, open_store

INTERVIEW_PAGE = "app_pages/interview.py"
REVIEW_PAGE = "app_pages/review.py"
HOME_PAGE = "app_pages/home.py"
HISTORY_PAGE = "app_pages/history.py"
INTERVIEWER_PAGE = "app_pages/interviewer.py"
JOIN_PAGE = "app_pages/join.py"


@st.cache_resource(show_spinner=False)
def get_service() -> SessionService:
    """Return the one session service of this server, and grade what a previous one left unfinished."""
    settings = Settings.from_env(os.environ)
    try:
        store = open_store(settings.database_url)
    except StoreError as exc:
        # `mockloop serve` checks this before starting; a server started some other way says it here.
        st.error(str(exc))
        st.stop()
    service = SessionService(store, load_bank(settings.content_root),
                             grade_fn=_grade_fn(settings), workers=settings.grader_workers)
    service.round_listeners.append(results.listener(service.store, service.bank, service.clock.now))
    service.recover()
    return service


def _grade_fn(settings: Settings):
    """Return the grading function for these settings (warm workers unless told to go cold)."""
    grader = Grader(GraderSettings(mode=settings.grader_mode, workers=settings.grader_workers))
    return grader.grade


def actor_from_url(service: SessionService, session_id: str) -> Actor | None:
    """Return who this tab acts as: the token in the URL (`as=`) for a pair session, else None.

    A pair session opened without a valid token stops the page with a clear refusal.
    """
    session = service.store.session(session_id)
    if session is None or not session.pair:
        return None
    token = st.query_params.get("as") or st.session_state.get(f"nav_token_{session_id}")
    try:
        actor = service.actor(session_id, token)
    except AccessDenied as exc:
        st.error(str(exc))
        st.stop()
    st.session_state[f"nav_token_{session_id}"] = token
    st.query_params["as"] = token
    return actor


def session_from_url() -> str | None:
    """Return the session id in the URL, falling back to the one this tab opened last."""
    sid = st.query_params.get("session") or st.session_state.get("nav_session")
    if sid:
        st.session_state["nav_session"] = sid
        st.query_params["session"] = sid
    return sid


# A double click on a button that starts something sends a second run. Sent before the first
# run's switch to the new page, it loses its click (the two runs merge); sent once the new page
# runs, it keeps it. For this long after starting, either reopens what the first click started.
SECOND_CLICK_S = 10.0
# The session the interview page last began to draw: before that, Home was never really left.
INTERVIEW_OPENED = "iv_opened"


def note_started(name: str, session_id: str, now: float, item: str = "") -> None:
    """Remember under `name` that this tab started `session_id` (for `item`) at `now`.

    Opening the same session again keeps the time it was first started.
    """
    last = st.session_state.get(name)
    if last is None or last[1] != session_id:
        st.session_state[name] = (item, session_id, now)


def started_moments_ago(name: str, now: float) -> tuple[str, str] | None:
    """Return (item, session id) this tab noted under `name` less than SECOND_CLICK_S ago."""
    last = st.session_state.get(name)
    return (last[0], last[1]) if last is not None and now - last[2] < SECOND_CLICK_S else None


def open_page(page: str, session_id: str, token: str | None = None) -> None:
    """Switch to `page` with the session id (and a pair token) in its URL, so a refresh lands back."""
    st.session_state["nav_session"] = session_id
    params = {"session": session_id}
    token = token or st.session_state.get(f"nav_token_{session_id}")
    if token:
        st.session_state[f"nav_token_{session_id}"] = token
        params["as"] = token
    st.switch_page(page, query_params=params)
