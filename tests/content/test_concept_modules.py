"""The concept modules of issue 15 are in the bank, complete, and score an empty answer as 0."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from app.content.loader import load_bank
from app.paths import content_root
from app.sessions.scoring import concept_score

BANK = load_bank(content_root())
PER_TOPIC = Counter(BANK.question_topic.values())
MODULES = {
    "llm-era": 12,
    "probability-puzzles": 8,
    "fundamentals": 8,
    "gpu-inference": 8,
    "debugging-cases": 8,
    "behavioural": 8,
}
MODULE_QUESTIONS = sorted(q for q, topic in BANK.question_topic.items() if topic in MODULES)
NUMBER = re.compile(r"\d")
STAR_PARTS = ("situation", "action", "result", "reflection")


def _questions_of(topic: str) -> list:
    return [BANK.questions[q] for q, t in sorted(BANK.question_topic.items()) if t == topic]


@pytest.mark.parametrize("topic", sorted(MODULES))
def test_module_file_loads_without_errors(topic: str) -> None:
    path = content_root() / "rubrics" / f"{topic}.yaml"
    assert path.is_file(), f"rubrics/{topic}.yaml is missing"
    errors = [str(e) for e in BANK.errors if f"{topic}.yaml" in str(e)]
    assert errors == [], f"rubrics/{topic}.yaml has content errors: {errors}"


@pytest.mark.parametrize("topic", sorted(MODULES))
def test_module_has_enough_questions(topic: str) -> None:
    assert PER_TOPIC[topic] >= MODULES[topic], (
        f"rubrics/{topic}.yaml has {PER_TOPIC[topic]} questions; it needs at least {MODULES[topic]}")


@pytest.mark.parametrize("question", _questions_of("probability-puzzles"), ids=lambda q: q.id)
def test_every_probability_puzzle_states_its_numeric_answer(question) -> None:
    assert NUMBER.search(question.model_answer), f"{question.id}: the model answer states no number"
    assert question.core_answer and NUMBER.search(question.core_answer), (
        f"{question.id}: the core answer must state the numeric answer too")


@pytest.mark.parametrize("question", _questions_of("behavioural"), ids=lambda q: q.id)
def test_behavioural_rubrics_score_situation_action_result_reflection(question) -> None:
    assert "behavioural" in question.topics, f"{question.id}: topics must include 'behavioural'"
    texts = " ".join(c.text.lower() for c in question.criteria)
    lacking = [part for part in STAR_PARTS if part not in texts]
    assert lacking == [], f"{question.id}: the rubric has no criterion for {lacking}"


@pytest.mark.parametrize("question_id", MODULE_QUESTIONS)
def test_module_question_has_a_one_minute_core_answer_and_honest_minutes(question_id: str) -> None:
    question = BANK.questions[question_id]
    words = len((question.core_answer or "").split())
    assert 60 <= words <= 130, f"{question_id}: core answer has {words} words; a minute is 60-130"
    assert 4 <= question.minutes <= 10, f"{question_id}: {question.minutes} minutes is outside 4-10"
    assert 1 <= len(question.pitfalls) <= 4, f"{question_id}: name 1-4 pitfalls"
    assert question.source, f"{question_id}: say where the topic comes from (source)"


@pytest.mark.parametrize("question_id", sorted(BANK.questions))
def test_a_blank_answer_scores_zero_whatever_the_levels(question_id: str) -> None:
    question = BANK.questions[question_id]
    all_strong = {i: "strong" for i in range(len(question.criteria))}
    for blank in ("", "   \n\t"):
        score = concept_score(question, all_strong, answer=blank)
        assert score.points == 0, f"{question_id}: a blank answer scored {score.points}"
        assert score.max_points == question.total_points


def test_behavioural_loop_rounds_draw_only_behavioural_questions_that_fit() -> None:
    loop = BANK.loops["onsite-design-behavioural-90"]
    behavioural = _questions_of("behavioural")
    rounds = [r for r in loop.rounds if r.select is not None and "behavioural" in r.select.topics]
    assert len(rounds) == 3
    for spec in rounds:
        assert spec.select.topics == ["behavioural"]
        longest = max(q.minutes for q in behavioural)
        assert spec.minutes >= longest, f"a {spec.minutes}-minute round cannot fit a {longest}-minute item"
