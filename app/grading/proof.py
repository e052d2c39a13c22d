"""Prove a problem is gradable: its reference passes every test and its starter fails one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from app.content.loader import Problem
from app.grading.grader import grade
from app.grading.report import GradeReport


@dataclass(frozen=True)
class Proof:
    """The two grading runs behind a problem's proof, and what went wrong if anything."""

    problem_id: str
    reference: GradeReport
    starter: GradeReport

    @property
    def failures(self) -> list[str]:
        reasons = []
        if self.reference.status != "pass":
            bad = [t for t in self.reference.tests if t.status != "pass"]
            detail = "; ".join(f"{t.name}: {t.message.splitlines()[0] if t.message else t.status}"
                               for t in bad[:3])
            reasons.append(f"reference solution does not pass: {self.reference.message} {detail}")
        visible = sum(not t.hidden for t in self.reference.tests)
        hidden = sum(t.hidden for t in self.reference.tests)
        if self.reference.status == "pass" and (visible + hidden < 3 or not visible or not hidden):
            reasons.append(f"needs at least 3 tests with at least one visible and one hidden "
                           f"(has {visible} visible, {hidden} hidden)")
        if self.starter.status == "pass":
            reasons.append("starter passes every test: the tests do not check the task")
        elif self.starter.status == "error" and not self.starter.tests:
            reasons.append(f"starter cannot be graded: {self.starter.message}")
        return reasons

    @property
    def ok(self) -> bool:
        return not self.failures


def prove(problem: Problem) -> Proof:
    """Grade the reference and the starter against all tests, hidden ones included."""
    reference = grade(problem, problem.reference_path.read_text(encoding="utf-8"), True)
    starter = grade(problem, problem.starter, True)
    return Proof(problem_id=problem.id, reference=reference, starter=starter)


def prove_all(problems: list[Problem], jobs: int) -> list[Proof]:
    """Prove many problems in parallel, one sandbox per run, results in input order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(prove, problems))
