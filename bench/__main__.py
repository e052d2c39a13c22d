"""Benchmark the grader: `.venv/bin/python -m bench [--rounds N] [--write] [--validate-cold]`.

Not part of the test suite. It grades the reference of a plain-Python, a numpy and a torch
problem on the visible tests (what Run does), alternating cold and warm so both see the same
machine load, and prints p50, p95 and the cold/warm ratio; then how long `while True: pass`
takes to come back on Run (with limits fitted to a fresh measurement of the reference, as a
recorded `.meta/timing.json` would give); then 20 submissions at once on the warm Grader; then
the time of `mockloop validate` (warm, and cold with --validate-cold). `--write` saves the
output to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.content.loader import load_bank
from app.grading import grader as cold
from app.grading import sandbox, timing
from app.grading.pool import Grader, GraderSettings
from app.paths import PROJECT_ROOT, content_root

PROBLEMS = {"plain": "lru-cache", "numpy": "prefix-sum-inplace", "torch": "layernorm-rmsnorm"}
LOOP_PROBLEM = "merge-intervals"
RESULTS = Path(__file__).parent / "RESULTS.md"


def percentile(values: list[float], share: float) -> float:
    """Return the `share` percentile of `values` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=10, help="alternating rounds per problem")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument("--validate-cold", action="store_true", help="also time validate --cold")
    parser.add_argument("--skip-validate", action="store_true")
    args = parser.parse_args(argv)
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    bank = load_bank(content_root())
    workers = os.cpu_count() or 2
    say("# Grading benchmark")
    say()
    say(f"Machine: {platform.machine()}, {workers} CPUs, load average "
        f"{os.getloadavg()[0]:.1f} at start; isolation: {sandbox.detect_isolation().describe()}.")
    say(f"Command: `.venv/bin/python -m bench --rounds {args.rounds}`; times are wall-clock seconds "
        "of one `grade()` call as the caller sees it.")
    with Grader(GraderSettings(mode="warm", workers=workers)) as grader:
        started = time.perf_counter()
        grader.grade(bank.problems[PROBLEMS["plain"]], "x = 1\n", False)
        say(f"First warm grade (waits for a parent to warm up): {time.perf_counter() - started:.2f} s")
        say()
        say("## Run (visible tests), cold and warm alternating")
        say()
        say("| problem | kind | cold p50 | cold p95 | warm p50 | warm p95 | cold/warm (p50) |")
        say("|---|---|---|---|---|---|---|")
        for kind, pid in PROBLEMS.items():
            problem = bank.problems[pid]
            source = problem.reference_path.read_text()
            cold_s, warm_s = [], []
            for _ in range(args.rounds):
                seconds, report = timed(cold.grade, problem, source, False)
                assert report.status == "pass", report.message
                cold_s.append(seconds)
                seconds, report = timed(grader.grade, problem, source, False)
                assert report.status == "pass", report.message
                warm_s.append(seconds)
            c50, w50 = statistics.median(cold_s), statistics.median(warm_s)
            say(f"| {pid} | {kind} | {c50:.3f} | {percentile(cold_s, .95):.3f} | {w50:.3f} | "
                f"{percentile(warm_s, .95):.3f} | {c50 / w50:.1f}x |")
        say()
        loop_problem = bank.problems[LOOP_PROBLEM]
        reference = grader.grade(loop_problem, loop_problem.reference_path.read_text(), True,
                                 use_timing=False)
        recorded = {t.name: t.duration_s for t in reference.tests}
        tests, support = cold.problem_files(loop_problem, False)
        limits = timing.fitted_limits(cold.limits_for(loop_problem, use_timing=False), recorded,
                                      [p.name for p, _ in tests])
        loop = "def merge_intervals(intervals):\n    while True:\n        pass\n"
        for path_name, fn in (("warm", grader.grade_source), ("cold", cold.grade_source)):
            seconds, report = timed(fn, loop, tests, limits, support)
            say(f"`while True: pass` on Run ({LOOP_PROBLEM}, {len(report.tests)} visible tests, "
                f"{path_name}): back in {seconds:.2f} s, status {report.status}.")
        say()
        say(f"## 20 submissions at once (warm, {workers} workers)")
        say()
        jobs = [bank.problems[pid] for pid in PROBLEMS.values()] * 7
        jobs = jobs[:20]

        def one(problem):
            seconds, report = timed(grader.grade, problem, problem.reference_path.read_text(), False)
            return seconds, report.status

        started = time.perf_counter()
        with ThreadPoolExecutor(len(jobs)) as pool:
            results = list(pool.map(one, jobs))
        elapsed = time.perf_counter() - started
        latencies = [s for s, _ in results]
        graded = sum(status == "pass" for _, status in results)
        say(f"All graded: {graded}/{len(jobs)} pass; latency p50 {statistics.median(latencies):.2f} s, "
            f"p95 {percentile(latencies, .95):.2f} s; throughput {len(jobs) / elapsed:.1f} grades/s "
            f"({elapsed:.1f} s in all).")
    if not args.skip_validate:
        say()
        say("## `mockloop validate` (whole bank)")
        say()
        modes = [("warm", [])] + ([("cold", ["--cold"])] if args.validate_cold else [])
        for name, extra in modes:
            # As a user runs it: the default --jobs (twice the CPUs).
            command = [sys.executable, "-m", "app.cli", "validate", *extra]
            seconds, done = timed(subprocess.run, command, cwd=PROJECT_ROOT, capture_output=True,
                                  text=True, check=False)
            proved = next((line for line in done.stdout.splitlines() if line.startswith("Proved")), "")
            say(f"{name}: {seconds:.1f} s, exit {done.returncode}. {proved}")
    if args.write:
        RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nWrote {RESULTS.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
