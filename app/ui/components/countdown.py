"""The live bar: the one auto-refreshing fragment of the interview page.

It owns both the clock and the watch on a running grade. Everything else on the page is drawn
by ordinary reruns, so no two timers race each other; when the session moves on (a deadline
handed a round in, a grade came back) the bar asks for one full rerun, once per change.

It ticks every second, and five times a second while one of the round's grades is pending, so a
result is painted within a fifth of a second of landing. Both are the same fragment at the same
place: the browser keeps its one timer and only changes that timer's interval.
"""

from __future__ import annotations

import streamlit as st

from app.sessions.service import SessionService, SessionView
from app.sessions.timing import format_seconds

TICK_S = 1.0
WATCH_S = 0.2  # while a grade is pending

PIN_CSS = """
<style>
/* The keyed block sits alone in a wrapper of its own height, so the wrapper is what sticks. */
[data-testid="stLayoutWrapper"]:has(> .st-key-iv_live_bar), .st-key-iv_live_bar {position: sticky;
  top: 3.75rem; z-index: 990;}
.st-key-iv_live_bar {background: var(--background-color, #fff); padding: 0.25rem 0 0.25rem 0;
  border-bottom: 1px solid rgba(128,128,128,0.25);}
.st-key-iv_live_bar [data-testid="stMetricValue"] {font-size: 1.6rem;}
</style>
"""


def page_state(service: SessionService, session_id: str) -> tuple:
    """Return what the page was drawn from: round, phase and which of its grades are pending."""
    view = service.view(session_id)
    pending = tuple(a.id for a in service.store.attempts(session_id, view.session.current_round)
                    if a.pending)
    hints = len(service.store.hints(session_id).get(view.session.current_round, []))
    handed = len(service.store.score_submissions(session_id).get(view.session.current_round, set()))
    return (view.session.current_round, str(view.phase), pending, hints, handed, view.current.code_version,
            view.current.answer_version if view.current.ended_at is None else -1)


def live_bar(service: SessionService, session_id: str, drawn: tuple) -> None:
    """Draw the pinned clock; it refreshes itself every second (faster while a grade is pending)."""
    st.markdown(PIN_CSS, unsafe_allow_html=True)
    # A full run draws the page afresh from `drawn`, so the bar may ask for the next change again.
    st.session_state.pop("iv_rerun_for", None)
    bar = _watching_bar if drawn[2] else _ticking_bar
    with st.container(key="iv_live_bar"):
        bar(service, session_id, drawn)


def clock_metrics(view: SessionView, round_col, loop_col) -> None:
    """Draw the round's and the loop's time left (the candidate's bar and the interviewer's page)."""
    face = view.clock
    round_col.metric(f"Round {view.session.current_round + 1} of {len(view.rounds)}",
                     format_seconds(face.round_remaining_s) if face.round_remaining_s is not None else "—")
    loop_col.metric("Loop time left", format_seconds(face.loop_remaining_s or 0.0),
                    help="The loop's clock runs only inside rounds.")


def _bar(service: SessionService, session_id: str, drawn: tuple) -> None:
    view = service.tick(session_id)
    now = page_state(service, session_id)
    # Version changes come from this tab's own typing; round, phase, grades, hints given by a
    # partner and scores handed in redraw the page.
    if now[:5] != drawn[:5] and st.session_state.get("iv_rerun_for") != now[:5]:
        st.session_state["iv_rerun_for"] = now[:5]
        st.rerun(scope="app")
    face = view.clock
    cols = st.columns([1, 1, 2])
    if view.practice:
        cols[0].metric("Practice time", format_seconds(face.elapsed_s))
        cols[1].caption("Untimed: nothing is handed in automatically." + (" Paused." if face.paused else ""))
    else:
        clock_metrics(view, cols[0], cols[1])
        warning = face.warning if str(view.phase) == "answering" else None
        if warning == "5 minutes left":
            cols[2].warning(warning, icon=":material/schedule:")
        elif warning:
            cols[2].error(warning, icon=":material/alarm:")
    if now[2]:
        attempt = service.attempt(now[2][-1])
        ahead = service.queue_position(attempt.id) if attempt else 0
        if attempt is not None:
            what = "Submit" if attempt.kind == "submit" else "Run"
            where = f" · {ahead} ahead of you in the queue" if ahead else ""
            cols[2].info(f"Grading your {what}…{where}", icon=":material/hourglass_top:")


# One function, so one fragment id: a full run that swaps these changes the interval of the
# browser's single timer for the bar instead of starting a second one.
_ticking_bar = st.fragment(_bar, run_every=TICK_S)
_watching_bar = st.fragment(_bar, run_every=WATCH_S)
