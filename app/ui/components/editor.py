"""The code editor: streamlit-ace that autosaves as the candidate types, with Run and Submit."""

from __future__ import annotations

import streamlit as st
from streamlit_ace import st_ace

from app.sessions.locks import GradingJobs
from app.sessions.service import SessionService


def editor_key(session_id: str, idx: int) -> str:
    """Return the widget key of a round's editor (AppTest sets it to feed code in)."""
    return f"iv_editor_{session_id}_{idx}"


@st.fragment
def code_editor(service: SessionService, jobs: GradingJobs, session_id: str, idx: int, initial: str,
                allow_run: bool) -> None:
    """Draw the editor and buttons; typing reruns only this fragment, so each change is saved."""
    # auto_update makes ace send every change; without it Submit would grade stale code.
    source = st_ace(value=initial, language="python", theme="tomorrow", key=editor_key(session_id, idx),
                    auto_update=True, min_lines=20, font_size=14, tab_size=4, show_print_margin=False)
    if not isinstance(source, str):
        source = initial
    saved_key = f"iv_saved_{session_id}_{idx}"
    if source != st.session_state.get(saved_key, initial):
        if service.save_code(session_id, idx, source):
            st.session_state[saved_key] = source
    busy = jobs.running((session_id, idx))
    cols = st.columns([1, 1, 4])
    run = allow_run and cols[0].button("Run", key=f"iv_run_{session_id}_{idx}", icon=":material/play_arrow:",
                                       help="Run the visible tests", disabled=busy)
    submit = cols[1].button("Submit", key=f"iv_submit_{session_id}_{idx}", type="primary",
                            help="Grade against every test, including hidden ones, and end the round",
                            disabled=busy)
    if busy:
        cols[2].info("grading...")
    if run or submit:
        action = service.submit if submit else service.run
        if not jobs.start((session_id, idx), lambda: action(session_id, idx, source)):
            cols[2].info("grading...")
            return
        st.rerun()


@st.fragment(run_every=0.5)
def grading_status(jobs: GradingJobs, session_id: str, idx: int) -> None:
    """Say a grade is running; redraw the page the moment it is done."""
    if jobs.running((session_id, idx)):
        st.info("grading...", icon=":material/hourglass_top:")
        return
    st.rerun()
