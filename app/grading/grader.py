"""Grade a candidate's source against a problem's tests in the sandbox; always return a report.

This module is the cold path: every grade starts a fresh sandbox. `app.grading.pool.Grader`
serves the same jobs from warm parents and falls back to this path.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

from app.content.loader import Problem
from app.grading import sandbox, timing, verdict
from app.grading.report import GradeReport
from app.grading.sandbox import Limits, Outcome
from app.grading.worker import Cancelled, Job, SandboxParent

SOURCE_LIMIT_BYTES = 256 * 1024


def limits_for(problem: Problem, base: Limits | None = None, include_hidden: bool = True,
               use_timing: bool = True, tests: list[tuple[Path, bool]] | None = None) -> Limits:
    """Return the limits for a run: defaults, fitted to recorded timings, then the manifest's.

    `tests` narrows the run to some of the problem's (path, hidden) test files.
    """
    base = base or Limits()
    if use_timing:
        files = [path.name for path, _ in (tests or problem.test_paths(include_hidden))]
        base = timing.fitted_limits(base, timing.read_timing(problem.folder), files)
    overrides = {k: v for k, v in problem.manifest.limits.model_dump().items() if v is not None}
    if "wall_s" in overrides:
        overrides.setdefault("cpu_s", int(overrides["wall_s"]))
    return dataclasses.replace(base, **overrides)


def grade(
    problem: Problem, source: str, include_hidden: bool, limits: Limits | None = None,
    cancel: threading.Event | None = None, *, use_timing: bool = True,
) -> GradeReport:
    """Run `source` as the candidate's `solution.py` against the problem's tests (cold)."""
    tests, support = problem_files(problem, include_hidden)
    limits = limits_for(problem, limits, include_hidden, use_timing)
    report = grade_source(source, tests, limits, support, cancel)
    return dataclasses.replace(report, problem_id=problem.id, include_hidden=include_hidden)


def problem_files(problem: Problem, include_hidden: bool) -> tuple[list[tuple[Path, bool]], list[Path]]:
    """Return the (path, hidden) test files of a run and the support files beside them."""
    support = [problem.folder / name for name in problem.manifest.tests.support]
    return problem.test_paths(include_hidden), support


def grade_source(
    source: str,
    tests: list[tuple[Path, bool]],
    limits: Limits | None = None,
    support: list[Path] | None = None,
    cancel: threading.Event | None = None,
) -> GradeReport:
    """Grade `source` against explicit test files given as (path, hidden) pairs, cold."""
    limits = limits or Limits()
    try:
        report = source_problem(source) or _grade_cold(source, tests, limits, support or [], cancel)
    except Exception as exc:  # host-side failure: temp dir, copy, spawn
        report = host_failure(exc)
    return dataclasses.replace(report, isolation=sandbox.detect_isolation().describe())


def source_problem(source: str) -> GradeReport | None:
    """Refuse an empty submission, or one too large to be code someone typed in an interview."""
    if not source.strip():
        return verdict.error_report("Your editor is empty: write your solution there (the starter code "
                                    "shows the function to complete), then Run again.")
    size = len(source.encode("utf-8", errors="replace"))
    if size > SOURCE_LIMIT_BYTES:
        return verdict.error_report(
            f"Your code is {size // 1024} KB; submissions are limited to "
            f"{SOURCE_LIMIT_BYTES // 1024} KB.")
    return None


def host_failure(exc: BaseException) -> GradeReport:
    """Return the report for a failure on the grader's side (not the candidate's)."""
    return verdict.error_report(f"The grader could not run your code ({type(exc).__name__}: "
                                f"{exc}); this is a problem on our side, please try again.")


def cancelled_report(duration_s: float = 0.0) -> GradeReport:
    """Return the report for a run stopped by the caller."""
    return verdict.error_report(verdict.CANCELLED, duration_s)


def new_root() -> Path:
    """Make a run folder named after this process, so a later sweep knows whose it is."""
    sandbox.sweep_stale()
    return Path(tempfile.mkdtemp(prefix=f"{sandbox.RUN_PREFIX}{os.getpid()}-"))


def prepare_job(jobs: Path, source: str, tests: list[tuple[Path, bool]], support: list[Path],
                limits: Limits) -> Job:
    """Lay out one submission in a fresh folder under `jobs`."""
    job_id = uuid.uuid4().hex
    folder = jobs / f"job-{job_id}"
    folder.mkdir()
    (folder / "solution.py").write_text(source, encoding="utf-8")
    for path in support:
        shutil.copy(path, folder / path.name)
    names, hidden = [], []
    for path, is_hidden in tests:
        shutil.copy(path, folder / path.name)
        names.append(path.name)
        if is_hidden:
            hidden.append(path.name)
    return Job(id=job_id, folder=folder, tests=names, hidden=hidden, limits=limits,
               nonce=uuid.uuid4().hex)


def finish(job: Job, result: tuple[Outcome, str] | None, parent: SandboxParent) -> GradeReport:
    """Interpret what a parent sent back; a parent that died or hung is an error, never a pass."""
    if result is None:
        code = parent.proc.poll()
        return verdict.error_report(
            "The grading sandbox stopped before the run finished"
            + (f" (exit status {code})." if code is not None else " (it stopped answering)."))
    outcome, raw = result
    return verdict.interpret(verdict.read_events(raw, job.nonce), outcome, job.limits)


def _grade_cold(source: str, tests: list[tuple[Path, bool]], limits: Limits, support: list[Path],
                cancel: threading.Event | None) -> GradeReport:
    limits = timing.for_cold(limits)
    root = new_root()
    parent = None
    try:
        parent = SandboxParent(root, warm=False, limits=limits)
        job = prepare_job(parent.jobs, source, tests, support, limits)
        try:
            result = parent.run(job, cancel)
        except Cancelled:
            return cancelled_report()
        return finish(job, result, parent)
    finally:
        if parent is not None:
            parent.kill()
        shutil.rmtree(root, ignore_errors=True)
