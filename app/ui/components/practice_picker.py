"""The practice picker: open any problem or question untimed."""

from __future__ import annotations

import streamlit as st

from app.sessions.service import SessionService
from app.ui.state import INTERVIEW_PAGE, open_page


def practice_picker(service: SessionService) -> None:
    """Let the candidate pick one item and open it in practice mode."""
    bank = service.bank
    st.write("Open any problem or question untimed, with hints free and the chapter's notes beside it.")
    items = {f"[{p.manifest.kind}] {p.manifest.title}": p.id for p in bank.problems.values()}
    items |= {f"[{q.kind}] {q.prompt.strip().splitlines()[0][:90]}": q.id for q in bank.questions.values()}
    label = st.selectbox("Problem or question", sorted(items), key="home_practice_item")
    if st.button("Open in practice", key="home_practice", disabled=label is None):
        open_page(INTERVIEW_PAGE, service.start_practice(items[label]))
