"""The debrief's calibration line speaks in whole levels and names who scored higher."""

from __future__ import annotations

from app.ui.components.pair import calibration_sentence


def test_a_gap_of_one_level_reads_as_one_level_and_says_which_way() -> None:
    assert "1.0 level lower than the candidate's self-score" in calibration_sentence(-1 / 3)
    assert "0.7 levels higher" in calibration_sentence(2 / 9)


def test_no_gap_reads_as_the_same_levels() -> None:
    assert "same levels" in calibration_sentence(0.0)
