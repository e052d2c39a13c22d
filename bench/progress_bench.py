"""Time drawing the History and Progress data over a year of daily practice (2,000 sessions).

    .venv/bin/python bench/progress_bench.py [--sessions N] [--url SQLALCHEMY_URL]

Builds a synthetic history (fixed seed, three rounds a session, items from the real bank) in a
temporary SQLite file unless --url names another empty database, then times each step a page
draw takes. A benchmark, not a test: it prints the numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.content.loader import load_bank  # noqa: E402
from app.progress import charts, figures  # noqa: E402
from app.progress.history import history, recently_solved  # noqa: E402
from app.progress.report import summarise  # noqa: E402
from app.progress.synthetic import SyntheticItem, build_history  # noqa: E402
from app.sessions.clock import ManualClock  # noqa: E402
from app.sessions.service import SessionService  # noqa: E402
from app.store import open_store  # noqa: E402

DAY = 86400.0


def items_of(bank, count: int, rng: random.Random) -> list[SyntheticItem]:
    """Pick `count` bank items, each with its own line of improvement."""
    pool = [(p.id, p.manifest.kind, tuple(p.manifest.topics), p.manifest.title)
            for p in bank.problems.values()]
    pool += [(q.id, q.kind, tuple(q.topics), q.prompt.strip().splitlines()[0][:60])
             for q in bank.questions.values()]
    chosen = rng.sample(pool, min(count, len(pool)))
    return [SyntheticItem(i, k, t, start=rng.uniform(0.1, 0.6), end=rng.uniform(0.3, 1.0), minutes=20,
                          title=title) for i, k, t, title in chosen]


def timed(label: str, fn, repeat: int = 3):
    """Run `fn` `repeat` times and print the best wall time."""
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<44} {best * 1000:8.1f} ms")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--url", help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="mockloop-bench-")
    url = args.url or f"sqlite:///{folder}/bench.db"
    bank = load_bank(ROOT)
    first_day = 1_767_600_000.0
    clock = ManualClock(first_day + 366 * DAY)
    service = SessionService(open_store(url), bank, clock)
    rng = random.Random(13)
    start = time.perf_counter()
    build_history(service.store, items_of(bank, 120, rng), sessions=args.sessions, first_day=first_day,
                  days=365, rounds_per_session=3, seed=13)
    took = time.perf_counter() - start
    print(f"built {args.sessions} sessions ({3 * args.sessions} rounds) in {took:.1f} s"
          f" on {service.store.engine.dialect.name}\n")

    timed("History page: history(limit=50)", lambda: history(service))
    timed("History: history(limit=2000)", lambda: history(service, limit=2000))
    timed("Home: recently_solved()", lambda: recently_solved(service))
    data = timed("Progress: load all frames", lambda: charts.load(service))
    timed("Progress: chart frames (all seven)", lambda: [
        charts.loop_trend(data), charts.kind_trend(data), charts.mastery(data), charts.time_vs_budget(data),
        charts.first_submit_rate(data), charts.hints_used(data), charts.self_vs_partner(data)])
    timed("Progress: readiness + FSRS cards + due + ranking", lambda: summarise(data, bank, clock.now()))
    timed("Progress: plotly figures", lambda: [
        figures.loop_figure(charts.loop_trend(data)), figures.kind_figure(charts.kind_trend(data)),
        figures.mastery_figure(charts.mastery(data)), figures.time_figure(charts.time_vs_budget(data)),
        figures.first_submit_figure(charts.first_submit_rate(data)),
        figures.hints_figure(charts.hints_used(data))])

    def whole_page():
        shown = charts.load(service)
        summarise(shown, bank, clock.now())
        for fig in (figures.loop_figure(charts.loop_trend(shown)),
                    figures.kind_figure(charts.kind_trend(shown)),
                    figures.mastery_figure(charts.mastery(shown)),
                    figures.time_figure(charts.time_vs_budget(shown)),
                    figures.first_submit_figure(charts.first_submit_rate(shown)),
                    figures.hints_figure(charts.hints_used(shown))):
            fig.to_json()

    timed("Progress page data in total (with figure JSON)", whole_page)
    service.store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
