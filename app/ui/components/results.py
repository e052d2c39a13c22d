"""A grade report as the candidate reads it: a summary, failures in full, passes compact."""

from __future__ import annotations

import streamlit as st

from app.grading.report import GradeReport
from app.store.records import AttemptRecord

MARKS = {"pass": ":green[pass]", "fail": ":red[FAIL]", "error": ":red[ERROR]"}


def results_table(report: GradeReport, title: str, reveal_hidden: bool = False, stale: bool = False) -> None:
    """Draw a report: each failing test with its whole message and output, then the passing ones."""
    if report.status == "error" and not report.tests:
        head = f"**{title}: could not be graded**"
    else:
        head = f"**{title}: {report.passed}/{report.total} passed**"
    # A message with lines of its own (a syntax error and its caret) is shown as written.
    multiline = "\n" in report.message.strip()
    summary = head if multiline else f"{head} — {report.message}"
    if stale:
        st.caption("Previous result (a new grade is running):")
        st.info(summary)
    else:
        (st.success if report.status == "pass" else st.error)(summary)
    if multiline:
        st.code(report.message, language=None, wrap_lines=True)
    failing = [t for t in report.tests if t.status != "pass"]
    passing = [t for t in report.tests if t.status == "pass"]
    for test in failing:
        tag = " · *hidden*" if test.hidden else ""
        with st.container(border=True):
            st.markdown(f"{MARKS.get(test.status, test.status)} `{test.name.split('::')[-1]}`{tag}")
            if test.message:
                st.code(test.message, language=None, wrap_lines=True)
            if test.output and (reveal_hidden or not test.hidden):
                st.caption("Printed output")
                st.code(test.output, language=None, wrap_lines=True)
    if passing:
        names = ", ".join(f"`{t.name.split('::')[-1]}`" + (" *(hidden)*" if t.hidden else "")
                          for t in passing)
        st.markdown(f"{MARKS['pass']} {names}")
        printed = [t for t in passing if t.output and (reveal_hidden or not t.hidden)]
        for test in printed:
            with st.expander(f"Printed output of {test.name.split('::')[-1]}"):
                st.code(test.output, language=None, wrap_lines=True)


def attempt_result(attempt: AttemptRecord, stale: bool = False) -> None:
    """Draw an attempt whatever its state: its report, or why it has none."""
    label = "Submit (all tests)" if attempt.kind == "submit" else "Run (visible tests)"
    if attempt.report is not None:
        results_table(attempt.report, label, stale=stale)
    elif attempt.status == "cancelled":
        st.info(f"{label}: cancelled.")
    elif attempt.status == "error":
        st.error(f"{label}: could not be graded. {attempt.error or ''}")
