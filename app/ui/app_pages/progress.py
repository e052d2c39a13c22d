"""Progress: scores over time by loop, kind and topic, readiness, what is due, and a backup download."""

from __future__ import annotations

import io
import json
import zipfile

import streamlit as st

from app.progress import backup, charts, figures, schedule
from app.progress.readiness import readiness_frame
from app.progress.report import due_frame, summarise
from app.ui.state import INTERVIEW_PAGE, REVIEW_PAGE, get_service, open_page

service = get_service()
st.title("Progress")
data = charts.load(service)


def export_json() -> bytes:
    return json.dumps(backup.export_data(service.store.engine), ensure_ascii=False).encode("utf-8")


def export_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in backup.csv_frames(service.store.engine).items():
            archive.writestr(f"{name}.csv", frame.to_csv(index=False))
    return buffer.getvalue()


def chart(fig, key: str, clickable: bool = True) -> None:
    """Draw a figure; clicking one of its points opens that session's review."""
    if not clickable:
        st.plotly_chart(fig, key=key)
        return
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points")
    picked = figures.clicked_session(event)
    if picked:
        open_page(REVIEW_PAGE, picked)


left, right = st.columns(2)
left.download_button("Download all history (JSON)", export_json, file_name="mockloop-history.json",
                     mime="application/json", key="pg_export_json", on_click="ignore",
                     icon=":material/download:")
right.download_button("Download all history (CSV tables, zip)", export_zip, file_name="mockloop-history.zip",
                      mime="application/zip", key="pg_export_csv", on_click="ignore",
                      icon=":material/download:")

if data.rounds.empty:
    st.info("No finished rounds yet. Finish a loop and its scores appear here.")
    st.stop()

first, last = data.rounds["when"].min().date(), data.rounds["when"].max().date()
cols = st.columns([2, 2, 3])
span = cols[0].date_input("Dates", value=(first, last), min_value=first, max_value=last, key="pg_dates")
loops = cols[1].multiselect("Loop", sorted(set(data.sessions["loop_id"])), key="pg_loops")
topics = cols[2].multiselect("Topic", charts.topics_of(data), key="pg_topics")
start, end = (span[0], span[-1]) if isinstance(span, tuple | list) and span else (first, last)
shown = charts.filtered(data, start, end, loops, topics)
summary = summarise(shown, service.bank, service.clock.now())

st.subheader("Readiness and what is due")
left, right = st.columns(2)
with left:
    st.caption("Recency-weighted score per topic; fewer than 3 rounds is not enough evidence.")
    st.dataframe(readiness_frame(summary.topics).drop(columns=["score"]), hide_index=True, key="pg_ready")
with right:
    st.caption(f"Due today: {len(summary.due)} item(s), least remembered first (FSRS).")
    if summary.due:
        st.dataframe(due_frame(summary.due), hide_index=True, key="pg_due")
    else:
        st.write("Nothing is due today.")
    if st.button("Build my next loop from my weak and due items", key="pg_next_loop", type="primary",
                 icon=":material/bolt:"):
        loop = schedule.next_loop(service.bank, summary.ranking)
        if loop is None:
            st.warning("Nothing to build from yet: no practised item is still in the bank.")
        else:
            open_page(INTERVIEW_PAGE, service.start_loop(loop))

st.subheader("Over time")
if shown.rounds.empty:
    st.info("No rounds match these filters.")
    st.stop()
trend = charts.loop_trend(shown)
if not trend.empty:
    chart(figures.loop_figure(trend), "pg_loop")
chart(figures.kind_figure(charts.kind_trend(shown)), "pg_kind")
chart(figures.mastery_figure(charts.mastery(shown)), "pg_mastery", clickable=False)
left, right = st.columns(2)
with left:
    chart(figures.time_figure(charts.time_vs_budget(shown)), "pg_time")
with right:
    rate = charts.first_submit_rate(shown)
    if rate.empty:
        st.caption("First-Submit pass rate: no coding round yet.")
    else:
        chart(figures.first_submit_figure(rate), "pg_first_submit", clickable=False)
left, right = st.columns(2)
with left:
    hints = charts.hints_used(shown)
    if not hints.empty:
        chart(figures.hints_figure(hints), "pg_hints", clickable=False)
with right:
    partner = charts.self_vs_partner(shown)
    if not partner.empty:
        chart(figures.partner_figure(partner), "pg_partner")
