"""Home: the loops from interviews/, a loop of your own, and untimed practice."""

from __future__ import annotations

import streamlit as st

from app.content.assembly import AssemblyError
from app.content.schema import Realism
from app.progress.history import recently_solved
from app.sessions.custom import custom_loop
from app.ui.state import INTERVIEW_PAGE, get_service, open_page

service = get_service()
bank = service.bank

st.title("Mockloop")
st.caption("Timed mock interviews for software and ML engineers. The clock lives on the server: "
           "refresh, open a second tab or restart, and the time left stays right.")

running = [s for s in service.store.sessions(20) if s.finished_at is None and s.mode == "interview"]
if running:
    latest = running[0]
    st.info(f"You have an unfinished loop: **{latest.title}**.")
    if st.button("Resume it", key="home_resume"):
        open_page(INTERVIEW_PAGE, latest.id)

loops_tab, custom_tab, practice_tab = st.tabs(["Interview loops", "Build my own", "Practice"])

with loops_tab:
    if not bank.loops:
        st.warning("No loops in interviews/ yet.")
    for loop in bank.loops.values():
        with st.container(border=True):
            st.markdown(f"### {loop.title} · {loop.minutes} min")
            if loop.description:
                st.write(loop.description)
            st.markdown("\n".join(f"{n}. {r.kind.replace('_', ' ')} · {r.minutes} min"
                                  for n, r in enumerate(loop.rounds, start=1)))
            flags = [name for name, on in (("tags hidden", loop.realism.hide_tags),
                                           ("whiteboard", loop.realism.whiteboard),
                                           ("exam", loop.realism.exam)) if on]
            if flags:
                st.caption("Realism: " + ", ".join(flags))
            if st.button(f"Start {loop.title}", key=f"home_start_{loop.id}", type="primary"):
                try:
                    sid = service.start_loop(loop, avoid=recently_solved(service))
                except AssemblyError as exc:
                    st.error(str(exc))
                else:
                    open_page(INTERVIEW_PAGE, sid)

with custom_tab:
    topics = sorted({t for p in bank.problems.values() for t in p.manifest.topics}
                    | {t for q in bank.questions.values() for t in q.topics})
    kinds = st.multiselect("Round kinds (one round each)", ["coding", "ml_coding", "concept", "design"],
                           default=["coding", "concept"], key="home_kinds")
    chosen_topics = st.multiselect("Topics (empty: any)", topics, key="home_topics")
    levels = st.multiselect("Difficulty (empty: any)", ["easy", "medium", "hard"], key="home_levels")
    minutes = st.slider("Total length (minutes)", 10, 120, 45, step=5, key="home_minutes")
    c1, c2, c3, c4 = st.columns(4)
    hide = c1.checkbox("Hide tags", key="home_hide_tags")
    board = c2.checkbox("Whiteboard (no Run)", key="home_whiteboard")
    exam = c3.checkbox("Exam mode", key="home_exam")
    repeats = c4.checkbox("Allow recently solved", key="home_repeats",
                          help="By default problems you solved in the last two weeks are skipped")
    if st.button("Build and start", key="home_build", type="primary", disabled=not kinds):
        try:
            loop = custom_loop(kinds, chosen_topics, levels, minutes,
                               Realism(hide_tags=hide, whiteboard=board, exam=exam))
            sid = service.start_loop(loop, avoid=() if repeats else recently_solved(service))
        except (AssemblyError, ValueError) as exc:
            st.error(str(exc))
        else:
            open_page(INTERVIEW_PAGE, sid)

with practice_tab:
    st.write("Open any problem or question untimed, with hints free and the chapter's notes beside it.")
    items = {f"[{p.manifest.kind}] {p.manifest.title}": p.id for p in bank.problems.values()}
    items |= {f"[{q.kind}] {q.prompt.strip().splitlines()[0][:90]}": q.id for q in bank.questions.values()}
    label = st.selectbox("Problem or question", sorted(items), key="home_practice_item")
    if st.button("Open in practice", key="home_practice", disabled=label is None):
        open_page(INTERVIEW_PAGE, service.start_practice(items[label]))
