"""Every problem, question and loop in the bank is usable as shipped."""

from __future__ import annotations

import pytest

from app import cli
from app.content.loader import load_bank
from app.paths import content_root

BANK = load_bank(content_root())


def test_validate_proves_the_whole_bank(capsys) -> None:
    status = cli.main(["validate"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "All content is valid." in out


def test_the_bank_loads_without_errors() -> None:
    assert [str(e) for e in BANK.errors] == []


@pytest.mark.parametrize("problem_id", sorted(BANK.problems))
def test_problem_has_a_hint_ladder_of_two_to_four_steps(problem_id: str) -> None:
    hints = BANK.problems[problem_id].manifest.hints
    assert 2 <= len(hints) <= 4, f"{problem_id} has {len(hints)} hints"


@pytest.mark.parametrize("problem_id", sorted(BANK.problems))
def test_problem_prompt_shows_an_example(problem_id: str) -> None:
    prompt = BANK.problems[problem_id].prompt
    assert prompt.lstrip().startswith("# "), "a prompt starts with a '# Title' line"
    assert "example" in prompt.lower(), f"{problem_id}'s prompt has no worked example"


@pytest.mark.parametrize("question_id", sorted(BANK.questions))
def test_question_has_three_to_six_criteria(question_id: str) -> None:
    question = BANK.questions[question_id]
    assert 3 <= len(question.criteria) <= 6, f"{question_id} has {len(question.criteria)} criteria"
