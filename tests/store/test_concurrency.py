"""Clicks that arrive together and processes that open a fresh database together never collide.

Run on SQLite and on PostgreSQL (the `db_url` fixture): two "Reveal hint" or rubric clicks at
once are one reveal and one score, and four processes migrating a new database all succeed.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
import uuid
from collections.abc import Callable

import pytest

from app.paths import PROJECT_ROOT
from app.store import MIGRATIONS, applied_migrations, make_engine, open_store
from app.store.records import RoundRecord, SessionRecord

FIXTURE_CONTENT = PROJECT_ROOT / "tests" / "fixtures" / "ui-content"
CLICKS = 8
PROCESSES = 4
REPEATS = 3


def _session(store) -> str:
    sid = uuid.uuid4().hex
    store.create_session(
        SessionRecord(id=sid, mode="interview", loop_id="l", title="Loop", spec_json="{}", started_at=1.0,
                      budget_s=600.0, current_round=0, finished_at=None, paused_at=None, paused_total_s=0.0),
        [RoundRecord(sid, 0, "concept", "q", 300.0, 1.0, None, None, None, None, None)])
    return sid


def _all_at_once(action: Callable[[int], None], count: int = CLICKS) -> list[BaseException]:
    """Run `action(i)` in `count` threads released together; return what any of them raised."""
    barrier = threading.Barrier(count)
    failures: list[BaseException] = []

    def click(i: int) -> None:
        barrier.wait()
        try:
            action(i)
        except BaseException as exc:  # noqa: BLE001 - every failure is what the test reports
            failures.append(exc)

    threads = [threading.Thread(target=click, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return failures


def test_hint_clicks_at_once_reveal_the_hint_once(fresh_store) -> None:
    sid = _session(fresh_store)
    for _ in range(REPEATS):
        step = len(fresh_store.hints(sid).get(0, []))
        failures = _all_at_once(lambda i, step=step: fresh_store.add_hint(sid, 0, step, 10.0 + i))
        assert failures == [], failures
    assert len(fresh_store.hints(sid)[0]) == REPEATS


def test_rubric_clicks_at_once_leave_one_score(fresh_store) -> None:
    sid = _session(fresh_store)
    levels = ["missed", "weak", "good", "strong"]
    failures = _all_at_once(lambda i: fresh_store.set_rubric_score(sid, 0, 0, levels[i % 4], 20.0 + i))
    assert failures == [], failures
    scores = fresh_store.rubric_scores(sid)
    assert list(scores) == [0] and list(scores[0]) == [0] and scores[0][0] in levels
    fresh_store.set_rubric_score(sid, 0, 0, "strong", 99.0)
    assert fresh_store.rubric_scores(sid) == {0: {0: "strong"}}, "a later click replaces the score"


def test_reveal_hint_and_score_clicked_twice_at_once_through_the_service(db_url) -> None:
    """The user-facing path: two tabs (or a double click) reveal a hint and score a criterion."""
    # Imported here: the migration workers below import this module and need only the store.
    from app.content.loader import load_bank
    from app.sessions.clock import ManualClock
    from app.sessions.service import SessionError, SessionService

    bank = load_bank(FIXTURE_CONTENT)
    service = SessionService(open_store(db_url), bank, ManualClock())
    sid = service.start_loop(bank.loops["fixture-loop"])
    failures = _all_at_once(lambda i: service.reveal_hint(sid, 0), count=2)
    assert [f for f in failures if not isinstance(f, SessionError)] == [], failures
    # Whether the second click saw the first one's hint is timing; a database error never is.
    assert len(service.store.hints(sid)[0]) in (1, 2)
    service.submit(sid, 0, "def prefix_sum_inplace(arr):\n    return arr\n")
    service.next_round(sid)
    service.lock_answer(sid, 1, "bias is error from wrong assumptions")
    failures = _all_at_once(lambda i: service.score_criterion(sid, 1, 0, ("weak", "strong")[i]), count=2)
    assert failures == [], failures
    assert service.store.rubric_scores(sid)[1][0] in ("weak", "strong")
    service.store.engine.dispose()


def _open_each_when_released(barrier, urls: list[str], results) -> None:
    """Open every URL in turn, each only once all the processes are ready to open it too."""
    for url in urls:
        try:
            barrier.wait(120)
            store = open_store(url)
            store.engine.dispose()
            results.put((url, "ok"))
        except BaseException as exc:  # noqa: BLE001 - the parent reports whatever went wrong
            results.put((url, f"{type(exc).__name__}: {exc}"))


@pytest.fixture
def fresh_urls(request, db_url, tmp_path) -> Callable[[], str]:
    """Return a maker of more fresh databases of the same kind as `db_url`."""
    if db_url.startswith("sqlite"):
        return lambda: f"sqlite:///{tmp_path / uuid.uuid4().hex / 'mockloop.db'}"
    server = request.getfixturevalue("postgres_server")
    made: list[str] = []
    request.addfinalizer(lambda: [server.drop_database(url) for url in made])
    return lambda: made.append(server.create_database()) or made[-1]


def test_processes_opening_a_fresh_database_at_once_all_succeed(fresh_urls) -> None:
    # Spawned once and reused for every repeat: starting interpreters is the slow part.
    context = multiprocessing.get_context("spawn")  # no fork of a threaded test process
    urls = [fresh_urls() for _ in range(REPEATS)]
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    workers = [context.Process(target=_open_each_when_released, args=(barrier, urls, results))
               for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    try:
        outcomes = [_next_result(results, workers) for _ in range(PROCESSES * REPEATS)]
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
    failed = [outcome for outcome in outcomes if outcome[1] != "ok"]
    assert failed == [], failed
    for url in urls:
        engine = make_engine(url)
        assert applied_migrations(engine) == [m.name for m in MIGRATIONS], "each migration once"
        engine.dispose()


def _next_result(results, workers, timeout_s: float = 180.0):
    """Return the next worker report; fail at once if every worker has died without one."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            return results.get(timeout=0.5)
        except queue.Empty:
            if not any(worker.is_alive() for worker in workers):
                pytest.fail(f"the workers died (exit codes {[w.exitcode for w in workers]})")
    pytest.fail(f"no report from the workers within {timeout_s:.0f} s")
