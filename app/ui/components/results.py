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
        "test": t.name + (" (hidden)" if t.hidden else ""),
        "result": MARKS.get(t.status, t.status),
        "message": t.message if (reveal_hidden or not t.hidden or t.status != "pass") else "",
    } for t in report.tests]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
