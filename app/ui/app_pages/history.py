"""History: every past loop and practice session, with a way to reopen each."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from app.progress.history import history
from app.ui.state import INTERVIEW_PAGE, REVIEW_PAGE, get_service, open_page

service = get_service()
st.title("History")
rows = history(service)
if not rows:
    st.info("No sessions yet. Start a loop from the home page.")
for row in rows:
    with st.container(border=True):
        cols = st.columns([4, 2, 2, 2])
        when = datetime.fromtimestamp(row.started_at).strftime("%Y-%m-%d %H:%M")
        cols[0].markdown(f"**{row.title}**  \n{when} · {row.mode} · {row.rounds} round(s)")
        # A running loop has no score yet: what it earned so far would read as final.
        cols[1].metric("Score", f"{row.percent:.0f}%" if row.finished else "—", label_visibility="collapsed")
        cols[2].write("finished" if row.finished else "in progress")
        target = REVIEW_PAGE if row.finished else INTERVIEW_PAGE
        if cols[3].button("Review" if row.finished else "Resume", key=f"hi_open_{row.session_id}"):
            # History is the candidate's machine: a pair loop opens on the candidate's own link.
            open_page(target, row.session_id, service.candidate_token(row.session_id))
