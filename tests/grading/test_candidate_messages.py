"""What the candidate reads when their code cannot be graded: plain words, never sandbox paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.content.loader import load_bank
from app.grading.grader import grade

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def problem():
    return load_bank(ROOT).problems["merge-intervals"]


@pytest.mark.parametrize("source, expected", [
    ("def renamed(intervals):\n    return intervals\n", "does not define `merge_intervals`"),
    ("", "Your editor is empty"),
    ("   \n\n", "Your editor is empty"),
    ("def merge_intervals(intervals)\n    return intervals\n", "SyntaxError on line 1"),
])
def test_an_ungradable_submission_says_what_is_wrong_in_plain_words(problem, source, expected):
    report = grade(problem, source, include_hidden=False)
    assert report.status == "error"
    assert expected in report.message
    assert "/mockloop/" not in report.message and "valid Python names" not in report.message
    assert "0/0" not in report.message
