"""A countdown that ticks every second without reloading the page and hands in at zero."""

from __future__ import annotations

import streamlit as st

from app.sessions.service import SessionService
from app.sessions.timing import format_seconds


@st.fragment(run_every=1)
def countdown(service: SessionService, session_id: str, seen: tuple[int, str]) -> None:
    """Show time left for the round and loop; rerun the page when the session moves on."""
    view = service.tick(session_id)
    if (view.session.current_round, view.phase) != seen:
        st.rerun()  # the deadline handed something in: redraw the whole page
    face = view.clock
    cols = st.columns(3)
    if view.practice:
        cols[0].metric("Practice time", format_seconds(face.elapsed_s))
        cols[1].caption("Untimed: nothing is handed in automatically." +
                        (" Paused." if face.paused else ""))
        return
    cols[0].metric(f"Round {view.session.current_round + 1} of {len(view.rounds)}",
                   format_seconds(face.round_remaining_s) if face.round_remaining_s is not None else "—")
    cols[1].metric("Loop left", format_seconds(face.loop_remaining_s or 0.0))
    warning = face.warning if view.phase == "answering" else None
    if warning == "5 minutes left":
        cols[2].warning(warning, icon=":material/schedule:")
    elif warning:
        cols[2].error(warning, icon=":material/alarm:")
