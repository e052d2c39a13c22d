"""The per-test results table: visible tests in full, hidden ones by name and message only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.grading.report import GradeReport

MARKS = {"pass": "pass", "fail": "FAIL", "error": "ERROR"}


def results_table(report: GradeReport, title: str, reveal_hidden: bool = False) -> None:
    """Draw a grade report as a summary line and one table row per test."""
    summary = f"**{title}: {report.passed}/{report.total} passed** — {report.message}"
    (st.success if report.status == "pass" else st.error)(summary)
    if not report.tests:
        return
    rows = [{
        "result": MARKS.get(t.status, t.status),
        # The file prefix repeats on every row; "hidden" says the rest.
        "test": t.name.split("::")[-1] + (" (hidden)" if t.hidden else ""),
        "message": t.message.replace("\n", " ") if (reveal_hidden or not t.hidden or t.status != "pass")
        else "",
    } for t in report.tests]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", column_config={
        "result": st.column_config.TextColumn(width="small"),
        "test": st.column_config.TextColumn(width="medium"),
        "message": st.column_config.TextColumn(width="large"),
    })
