"""Click Run in a real browser and time it until the results are painted.

`.venv/bin/python -m bench.browser_run [--runs N] [--write]`: starts a server on a temporary
SQLite file and a free port, opens a practice round of a plain-Python and a torch problem in
Debian's chromium, types the reference, and clicks Run N times on each, waiting each time for the
"Run (visible tests)" summary to be drawn; prints p50 and p95 per problem. Not part of the test
suite (it needs a quiet machine to mean anything); `--write` appends the table to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.content.loader import load_bank
from app.paths import PROJECT_ROOT, content_root
from app.sessions.service import SessionService
from app.store import open_store

sys.path.insert(0, str(PROJECT_ROOT / "tests" / "e2e"))
from conftest import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

PROBLEMS = {"plain": "lru-cache", "torch": "layernorm-rmsnorm"}
RESULTS = Path(__file__).parent / "RESULTS.md"
SUMMARY = re.compile(r"Run \(visible tests\): \d+/\d+ passed")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def time_runs(page, server: Server, service: SessionService, problem_id: str, runs: int) -> list[float]:
    """Open a practice round of the problem with its reference typed in; time each Run."""
    reference = service.bank.problems[problem_id].reference_path.read_text(encoding="utf-8")
    sid = service.start_practice(problem_id)
    service.save_code(sid, 0, reference)
    page.goto(f"{server.url}/interview?session={sid}")
    page.get_by_role("button", name="Run").wait_for()
    times = []
    for n in range(runs + 1):  # the first Run may wait for a warm parent: not counted
        count = len(service.store.attempts(sid, 0))
        button = page.get_by_role("button", name="Run")
        button.click()
        started = time.monotonic()
        # Painted = the page was redrawn after the grade: the greyed "previous result" caption is
        # gone, the new summary is up and Run is enabled again.
        while True:
            attempts = service.store.attempts(sid, 0)
            done = len(attempts) > count and not attempts[-1].pending
            if done and button.is_enabled() and page.get_by_text("Previous result").count() == 0 \
                    and page.get_by_text(SUMMARY).count():
                break
            time.sleep(0.01)
        if n:
            times.append(time.monotonic() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        server = Server(url, Path(tmp) / "streamlit.log")
        server.start()
        service = SessionService(open_store(url), load_bank(content_root()))
        lines = ["", "## Click Run in chromium until the results are painted", "",
                 "| problem | kind | p50 | p95 |", "|---|---|---|---|"]
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                page = browser.new_page(viewport={"width": 1280, "height": 720})
                page.set_default_timeout(120_000)
                for kind, problem_id in PROBLEMS.items():
                    times = time_runs(page, server, service, problem_id, args.runs)
                    lines.append(f"| {problem_id} | {kind} | {statistics.median(times):.2f} s | "
                                 f"{percentile(times, 0.95):.2f} s |")
                browser.close()
        finally:
            server.stop()
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
