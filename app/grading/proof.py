"""Prove a problem is gradable: its reference passes every test and its starter fails one."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from app.content.loader import Problem
from app.grading import grader as cold
from app.grading import timing
from app.grading.pool import Grader
from app.grading.report import GradeReport, TestResult
from app.grading.verdict import NOT_RUN


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
            typo = cannot_run(report)
            if typo:
                reasons.append(f"known-wrong solution .meta/wrong/{name} fails before its mistake "
                               f"matters, so it proves nothing: {typo}")
            elif report.status == "pass" or not (caught or report.status == "error"):
                reasons.append(f"known-wrong solution .meta/wrong/{name} is not caught by a hidden test")
        for name, report in self.alternatives.items():
            if report.status != "pass":
                reasons.append(f"correct alternative .meta/alternatives/{name} is rejected: {report.message}")
        return reasons

    @property
    def ok(self) -> bool:
        return not self.failures

    def catches(self) -> dict[str, str]:
        """Return, per known-wrong file, the first hidden test that failed on it."""
        found = {}
        for name, report in self.wrong.items():
            first = next((t.name for t in _failed(report) if t.hidden), None)
            if first:
                found[name] = first
        return found


# How the child reports code that cannot be imported, and errors no real mistake is made of.
_IMPORT_FAILURES = ("SyntaxError on line", "Importing your code raised")
_TYPOS = ("NameError", "SyntaxError", "IndentationError", "ImportError", "ModuleNotFoundError")


def cannot_run(report: GradeReport) -> str | None:
    """Why a solution fails whatever its logic, if it does: it cannot be imported, or every test
    that fails stops on a name it never defined or a module that is not there."""
    if report.status == "error" and report.message.startswith(_IMPORT_FAILURES):
        return report.message.splitlines()[0]
    failing = _failed(report)
    if failing and all(t.message.startswith(_TYPOS) for t in failing):
        return failing[0].message.splitlines()[0]
    return None


def _failed(report: GradeReport) -> list[TestResult]:
    """Return the tests that ran and did not pass (not those left unrun after the first failure)."""
    return [t for t in report.tests if t.status != "pass" and t.message != NOT_RUN]


def prove(problem: Problem, grader: Grader | None = None, record_timings: bool = False) -> Proof:
    """Grade the reference and the alternatives against all tests, hidden ones included.

    What must fail stops at its first failing test: the starter's run, and a known-wrong
    solution's run of the hidden tests only (a visible failure would not prove the hidden tests
    catch it). With `record_timings` the reference runs under the default limits (not ones
    fitted to an older recording) and, when it passes, its test durations go to
    `.meta/timing.json`.
    """
    return prove_all([problem], 1, grader, record_timings)[0]


# One grading of a proof: (problem id, what is graded, file name for wrong and alternative).
Key = tuple[str, str, str]


def _runs(problem: Problem, grader: Grader | None, record_timings: bool
          ) -> list[tuple[Key, Callable[[], GradeReport]]]:
    """Return every grading a problem's proof needs, each as a key and a call that grades."""
    grade = grader.grade if grader is not None else cold.grade

    def reference() -> GradeReport:
        source = problem.reference_path.read_text(encoding="utf-8")
        report = grade(problem, source, True, use_timing=not record_timings)
        if record_timings and report.status == "pass":
            timing.write_timing(problem.folder, report)
        return report

    catches = {} if record_timings else timing.read_catches(problem.folder)

    def wrong(path: Path) -> GradeReport:
        source = path.read_text(encoding="utf-8", errors="replace")
        caught_by = catches.get(path.name)
        if caught_by:  # try the test that caught it last time; it proves the point on its own
            report = _grade_until_failure(problem, source, grader, hidden_only=True, only=caught_by)
            if any(t.name == caught_by and t.hidden and t.status != "pass" for t in report.tests):
                return report
        return _grade_until_failure(problem, source, grader, hidden_only=True)

    def alternative(path: Path) -> GradeReport:
        return grade(problem, path.read_text(encoding="utf-8", errors="replace"), True)

    def starter() -> GradeReport:
        return _grade_until_failure(problem, problem.starter, grader, hidden_only=False)

    return [((problem.id, "reference", ""), reference), ((problem.id, "starter", ""), starter),
            *(((problem.id, "wrong", path.name), partial(wrong, path))
              for path in _meta_files(problem, "wrong")),
            *(((problem.id, "alternative", path.name), partial(alternative, path))
              for path in _meta_files(problem, "alternatives"))]


def _grade_until_failure(problem: Problem, source: str, grader: Grader | None,
                         hidden_only: bool, only: str | None = None) -> GradeReport:
    """Grade `source` on the problem's tests (or its hidden ones, or the one test `only` names),
    stopping at the first failure."""
    tests, support = cold.problem_files(problem, True)
    if hidden_only:
        tests = [(path, hidden) for path, hidden in tests if hidden]
    if only:
        tests = [(path, hidden) for path, hidden in tests if path.name == only.split("::", 1)[0]]
    base = grader.settings.limits if grader is not None else None
    limits = dataclasses.replace(cold.limits_for(problem, base, tests=tests), max_failures=1,
                                 only_tests=(only,) if only else ())
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
    """Prove many problems in parallel, results in input order.

    Every grading is its own job, so one problem with many slow known-wrong solutions never
    becomes the long pole: known-wrong solutions (which may run to a timeout) start first, those
    of problems whose tests take longest before the rest. With `record_timings` the references
    run first, since every other run's limits are fitted to the timings they record, and the
    hidden test that caught each known-wrong solution is recorded too: later proofs run that
    test alone first, and all the hidden tests only if it no longer catches it.
    """
    # Twice as many threads as warm workers, so a worker never idles while a thread sets up.
    threads = max(1, jobs) * (2 if grader is not None and grader.warm else 1)
    pool = ThreadPoolExecutor(max_workers=threads)
    try:
        runs = [run for problem in problems for run in _runs(problem, grader, record_timings)]
        reports: dict[Key, GradeReport] = {}
        if record_timings:
            first = {key: pool.submit(call) for key, call in runs if key[1] == "reference"}
            reports.update({key: future.result() for key, future in first.items()})
            runs = [run for run in runs if run[0][1] != "reference"]
        cost = {p.id: sum(timing.read_timing(p.folder).values()) for p in problems}
        runs.sort(key=lambda run: (run[0][1] != "wrong", -cost[run[0][0]]))
        futures = {key: pool.submit(call) for key, call in runs}
        reports.update({key: future.result() for key, future in futures.items()})
        proofs = [_proof(problem, reports) for problem in problems]
        if record_timings:
            for problem, proof in zip(problems, proofs, strict=True):
                timing.write_catches(problem.folder, proof.catches())
        return proofs
    finally:
        # On Ctrl-C, drop the gradings not started yet instead of running them all first.
        pool.shutdown(wait=False, cancel_futures=True)


def _proof(problem: Problem, reports: dict[Key, GradeReport]) -> Proof:
    mine = {(kind, name): report for (pid, kind, name), report in reports.items() if pid == problem.id}
    return Proof(problem_id=problem.id, reference=mine[("reference", "")], starter=mine[("starter", "")],
                 wrong={name: r for (kind, name), r in sorted(mine.items()) if kind == "wrong"},
                 alternatives={name: r for (kind, name), r in sorted(mine.items()) if kind == "alternative"})
