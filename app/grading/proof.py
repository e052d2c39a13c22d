"""Prove a problem is gradable: its reference passes every test and its starter fails one."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from app.content.loader import Problem
from app.grading import grader as cold
from app.grading import timing
from app.grading.pool import Grader
from app.grading.report import GradeReport


@dataclass(frozen=True)
class Proof:
    """The two grading runs behind a problem's proof, and what went wrong if anything."""

    problem_id: str
    reference: GradeReport
    starter: GradeReport
    # Known-wrong solutions (.meta/wrong/*.py) and correct alternatives (.meta/alternatives/*.py).
    wrong: dict[str, GradeReport] = field(default_factory=dict)
    alternatives: dict[str, GradeReport] = field(default_factory=dict)

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
        for name, report in self.wrong.items():
            caught = any(t.hidden and t.status != "pass" for t in report.tests)
            if report.status == "pass" or not (caught or report.status == "error"):
                reasons.append(f"known-wrong solution .meta/wrong/{name} is not caught by a hidden test")
        for name, report in self.alternatives.items():
            if report.status != "pass":
                reasons.append(f"correct alternative .meta/alternatives/{name} is rejected: {report.message}")
        return reasons

    @property
    def ok(self) -> bool:
        return not self.failures


def prove(problem: Problem, grader: Grader | None = None, record_timings: bool = False) -> Proof:
    """Grade the reference and the alternatives against all tests, hidden ones included.

    What must fail stops at its first failing test: the starter's run, and a known-wrong
    solution's run of the hidden tests only (a visible failure would not prove the hidden tests
    catch it). With `record_timings` the reference runs under the default limits (not ones
    fitted to an older recording) and, when it passes, its test durations go to
    `.meta/timing.json`.
    """
    grade = grader.grade if grader is not None else cold.grade
    reference_source = problem.reference_path.read_text(encoding="utf-8")
    reference = grade(problem, reference_source, True, use_timing=not record_timings)
    if record_timings and reference.status == "pass":
        timing.write_timing(problem.folder, reference)
    starter = _grade_until_failure(problem, problem.starter, grader, hidden_only=False)
    wrong = {path.name: _grade_until_failure(problem, path.read_text(encoding="utf-8", errors="replace"),
                                             grader, hidden_only=True)
             for path in _meta_files(problem, "wrong")}
    alternatives = {path.name: grade(problem, path.read_text(encoding="utf-8", errors="replace"), True)
                    for path in _meta_files(problem, "alternatives")}
    return Proof(problem_id=problem.id, reference=reference, starter=starter, wrong=wrong,
                 alternatives=alternatives)


def _grade_until_failure(problem: Problem, source: str, grader: Grader | None,
                         hidden_only: bool) -> GradeReport:
    """Grade `source` on the problem's tests (or its hidden ones), stopping at the first failure."""
    tests, support = cold.problem_files(problem, True)
    if hidden_only:
        tests = [(path, hidden) for path, hidden in tests if hidden]
    base = grader.settings.limits if grader is not None else None
    limits = dataclasses.replace(cold.limits_for(problem, base, tests=tests), max_failures=1)
    grade_source = grader.grade_source if grader is not None else cold.grade_source
    report = grade_source(source, tests, limits, support)
    return dataclasses.replace(report, problem_id=problem.id, include_hidden=True)


def _meta_files(problem: Problem, kind: str) -> list:
    """Return the problem's `.meta/<kind>/*.py` files (regular files only), in name order."""
    folder = problem.folder / ".meta" / kind
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.py") if p.is_file() and not p.is_symlink())


def prove_all(problems: list[Problem], jobs: int, grader: Grader | None = None,
              record_timings: bool = False) -> list[Proof]:
    """Prove many problems in parallel, results in input order."""
    # Twice as many threads as warm workers, so a worker never idles while a thread sets up.
    threads = max(1, jobs) * (2 if grader is not None and grader.warm else 1)
    pool = ThreadPoolExecutor(max_workers=threads)
    try:
        return list(pool.map(lambda p: prove(p, grader, record_timings), problems))
    finally:
        # On Ctrl-C, drop the proofs not started yet instead of running them all first.
        pool.shutdown(wait=False, cancel_futures=True)
