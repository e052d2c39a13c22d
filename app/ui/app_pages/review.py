"""Review: scores, time, tests with hidden ones in full, hints, rubric misses, code as submitted."""

from __future__ import annotations

import streamlit as st

from app.progress.replay import replay
from app.progress.review import RoundReview, review_session
from app.sessions.service import SessionError, SessionService
from app.sessions.timing import format_seconds
from app.ui.components.countdown import WATCH_S
from app.ui.components.pair import debrief_gate
from app.ui.components.results import results_table
from app.ui.components.rubric import rubric_scorer
from app.ui.components.scroll import scroll_to_top
from app.ui.state import (
    HISTORY_PAGE,
    INTERVIEW_PAGE,
    actor_from_url,
    get_service,
    open_page,
    session_from_url,
)

service = get_service()
sid = session_from_url()
if not sid:
    st.info("Pick a past session to review.")
    st.page_link(HISTORY_PAGE, label="Open the history", icon=":material/history:")
    st.stop()
try:
    review = review_session(service, sid)
except SessionError as exc:
    st.error(f"{exc}: the link may be old or mistyped.")
    st.page_link(HISTORY_PAGE, label="Open the history", icon=":material/history:")
    st.stop()
scroll_to_top("review", sid)  # the review opens at its top, not at the last page's scroll position
# Pair mode: nothing of the debrief (partner's scores, notes, hidden tests) before both have scored.
debrief_gate(service, sid, actor_from_url(service, sid))


@st.fragment(run_every=WATCH_S)
def pending_poll(service: SessionService, attempt_id: str) -> None:
    """Redraw the review once the pending grade is in (the only timer on this page)."""
    attempt = service.attempt(attempt_id)
    if attempt is not None and not attempt.pending:
        st.rerun(scope="app")


def coding_review(service: SessionService, item: RoundReview) -> None:
    """Show a coding round: tests and failures, hidden tests in full, hints and the code."""
    if item.submission is None:
        st.write("Nothing was submitted.")
    elif item.submission.pending:
        st.info("Your submission is still being graded; this page shows its result when it is in.",
                icon=":material/hourglass_top:")
        pending_poll(service, item.submission.id)
    elif item.submission.report is None:
        st.error(f"Your submission could not be graded: {item.submission.error or item.submission.status}")
    else:
        results_table(item.submission.report, "Final submission", reveal_hidden=True)
        for test in item.failures:
            st.markdown(f"**{test.name}** · {test.status}")
            st.code(test.message or "(no message)", language=None, wrap_lines=True)
    st.write(f"Hints used: **{item.hints_used} of {item.hints_total}** · Runs: **{item.runs}**")
    for name, source in item.hidden_sources.items():
        with st.expander(f"Hidden tests: {name}"):
            st.code(source, language="python")
    st.markdown("**Code as submitted**")
    code = item.submission.source if item.submission else (item.record.code or "")
    st.code(code, language="python")
    code_replay(service, item)


def code_replay(service: SessionService, item: RoundReview) -> None:
    """Show a scrubber over the round's saved moments: the code then, with that moment's Run."""
    frames = replay(service.store, item.record)
    if len(frames) < 2:
        return
    st.markdown("**Replay**")
    labels = [f"{n}. {frame.label}" for n, frame in enumerate(frames, start=1)]
    pick = st.select_slider("Moment", options=labels, value=labels[-1],
                            key=f"rv_replay_{sid}_{item.record.idx}")
    frame = frames[labels.index(pick)]
    st.code(frame.source, language="python")
    attempt = frame.attempt
    if attempt is not None and attempt.report is not None:
        now = frame.attempt_is_now
        title = f"{attempt.kind.capitalize()} at this moment" if now else "Last Run before this"
        results_table(attempt.report, title, reveal_hidden=attempt.kind == "submit")
    elif attempt is not None:
        st.caption(f"{attempt.kind.capitalize()}: {attempt.error or attempt.status}")


def concept_review(service: SessionService, item: RoundReview) -> None:
    """Show a concept round: the answer, the missed criteria beside the model answer, the scorer."""
    st.markdown("**Your answer**")
    st.code(item.record.answer or "(empty)", language=None, wrap_lines=True)
    left, right = st.columns(2, gap="large")
    with left:
        st.markdown("**Model answer**")
        st.markdown(item.model_answer)
    with right:
        missed = [c for c in item.criteria if c.missed]
        st.markdown("**Criteria missed**" if missed else "**No criterion missed**")
        for c in missed:
            state = " (unscored)" if c.level == "unscored" else ""
            st.markdown(f"- {c.criterion.text}{state} ({c.criterion.points} pts) — "
                        f"strong: {c.criterion.strong}")
        for flag in item.red_flags:
            st.markdown(f"- :red[Red flag:] {flag}")
        if item.record.ended_at is not None and item.record.end_reason != "not reached":
            with st.expander("Change your rubric scores", key=f"rv_rescore_{sid}_{item.record.idx}"):
                rubric_scorer(service, sid, item.record.idx, service.question(item.record), prefix="rv",
                              answer=item.record.answer or "")


view = review.view
st.title(f"Review: {view.loop.title}")
if view.phase != "finished":
    st.warning("This session is still running.")
    if st.button("Back to the interview", key="rv_back"):
        open_page(INTERVIEW_PAGE, sid)
budget = view.session.budget_s
cols = st.columns(3)
cols[0].metric("Total score", f"{review.percent:.0f}%")
of_budget = f" of {format_seconds(budget)}" if budget else ""
cols[1].metric("Time used", format_seconds(review.used_s) + of_budget)
cols[2].metric("Rounds", len(review.rounds))

for item in review.rounds:
    rnd = item.record
    used = format_seconds(item.used_s) if item.used_s is not None else "—"
    header = (f"Round {rnd.idx + 1} · {rnd.kind.replace('_', ' ')} · {item.title} · "
              f"{item.score.points:g}/{item.score.max_points:g} · {used} of {format_seconds(rnd.budget_s)}")
    with st.expander(header, expanded=True):
        if rnd.end_reason == "not reached":
            st.write("Not reached before the loop ended.")
        elif rnd.is_coding:
            coding_review(service, item)
        else:
            concept_review(service, item)
