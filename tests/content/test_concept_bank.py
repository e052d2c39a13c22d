"""Every concept question scores honestly and runs as a conversation, not a one-shot answer."""

from __future__ import annotations

import re

import pytest

from app.content.loader import load_bank
from app.paths import content_root

BANK = load_bank(content_root())
QUESTION_IDS = sorted(BANK.questions)

# A "weak" answer earns a third of the points, so it must describe a partly-right answer;
# these words describe an answer that is absent, which is "missed" and earns nothing.
ABSENCE_WORDS = (
    "none",
    "not mentioned",
    "no mention",
    "missing",
    "absent",
    "omits",
    "fails to",
    "doesn't mention",
    "does not mention",
    "nothing",
    "blank",
    "skips",
)
ABSENCE = re.compile(r"\b(" + "|".join(re.escape(w) for w in ABSENCE_WORDS) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_a_weak_answer_is_partly_right_never_absent(question_id: str) -> None:
    question = BANK.questions[question_id]
    absent = [
        f"criterion {n} ({c.text!r}): weak {c.weak!r}"
        for n, c in enumerate(question.criteria, start=1)
        if ABSENCE.search(c.weak)
    ]
    assert not absent, (
        f"{question_id}: a weak descriptor earns a third of the points, so it must describe a "
        "partly-right answer, not a missing one (absence is 'missed'): " + "; ".join(absent)
    )


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_question_has_a_core_answer(question_id: str) -> None:
    core = BANK.questions[question_id].core_answer
    assert core and core.strip(), (
        f"{question_id} needs a core_answer: what a strong candidate says in about a minute"
    )


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_question_has_follow_ups_with_expected_answers(question_id: str) -> None:
    follow_ups = BANK.questions[question_id].follow_ups
    assert len(follow_ups) >= 2, (
        f"{question_id} has {len(follow_ups)} follow-up probes; the interviewer needs at least 2"
    )
    empty = [f.ask for f in follow_ups if not f.expect.strip()]
    assert not empty, f"{question_id}: these follow-ups have no expected answer: {empty}"


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_question_names_a_pitfall_the_scorer_can_tick(question_id: str) -> None:
    pitfalls = BANK.questions[question_id].pitfalls
    assert pitfalls, f"{question_id} has no pitfall: name at least one concrete wrong statement"
