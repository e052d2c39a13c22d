import sys
import threading
import time

import pytest

from solution import BoundedBlockingQueue


def test_invalid_capacity():
    for bad in (0, -1):
        with pytest.raises(ValueError):
            BoundedBlockingQueue(bad)


def test_blocked_put_resumes_when_a_consumer_makes_room():
    q = BoundedBlockingQueue(1)
    q.put(1)
    done = threading.Event()

    def producer():
        q.put(2)  # must block: the queue is full
        done.set()

    t = threading.Thread(target=producer, daemon=True)
    t.start()
    assert not done.wait(0.2), "put on a full queue must block until there is room"
    assert len(q) == 1, "a blocked put must not overfill the queue"
    assert q.get() == 1, "the first item comes out"
    assert done.wait(10), "after a get, the blocked producer must be woken up"
    assert q.get(timeout=10) == 2, "the blocked producer's item is delivered"


def test_blocked_get_resumes_when_an_item_arrives():
    q = BoundedBlockingQueue(3)
    got = []
    t = threading.Thread(target=lambda: got.append(q.get()), daemon=True)
    t.start()
    t.join(0.2)
    assert t.is_alive() and got == [], "get on an empty queue must block"
    q.put("x")
    t.join(10)
    assert got == ["x"], "the waiting consumer receives the item"


def test_waiting_consumer_sleeps_instead_of_spinning(monkeypatch):
    import solution
    sleeps = []
    real_sleep = time.sleep

    def counting_sleep(s):
        if threading.current_thread() is not threading.main_thread():
            sleeps.append(s)
        real_sleep(s)

    monkeypatch.setattr(time, "sleep", counting_sleep)
    if hasattr(solution, "sleep"):
        monkeypatch.setattr(solution, "sleep", counting_sleep)
    q = BoundedBlockingQueue(1)
    cpu = []

    def consumer():
        start = time.thread_time()
        q.get()
        cpu.append(time.thread_time() - start)

    t = threading.Thread(target=consumer, daemon=True)
    t.start()
    threading.Event().wait(0.6)  # the consumer waits about 0.6 s
    q.put("wake")
    t.join(10)
    assert cpu, "the consumer must receive the item"
    assert cpu[0] < 0.02, (
        f"a waiting get used {cpu[0]:.3f} s of CPU while the queue was empty: wait on a "
        "threading.Condition instead of polling in a loop"
    )
    assert len(sleeps) <= 2, (
        f"a get() blocked for 0.6 s called time.sleep {len(sleeps)} times: that is polling; "
        "block on a threading.Condition (or another threading primitive) instead")


def test_many_producers_and_consumers_lose_nothing():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads very often to expose races
    stuck = []
    try:
        q = BoundedBlockingQueue(4)
        producers, per_producer, consumers = 4, 800, 4
        received = [[] for _ in range(consumers)]
        overfull = []

        # A correct queue moves all 3,200 items in a fraction of a second; a thread that waits
        # 3 s for one item or one free slot has lost a wake-up, so the test ends there.
        def produce(p):
            try:
                for i in range(per_producer):
                    q.put((p, i), timeout=3)
            except TimeoutError:
                stuck.append(f"producer {p} waited 3 s for room")

        def consume(c):
            try:
                for _ in range(producers * per_producer // consumers):
                    received[c].append(q.get(timeout=3))
                    if len(q) > q.capacity:
                        overfull.append(len(q))
            except TimeoutError:
                stuck.append(f"consumer {c} waited 3 s for an item")

        threads = [threading.Thread(target=produce, args=(p,), daemon=True) for p in range(producers)]
        threads += [threading.Thread(target=consume, args=(c,), daemon=True) for c in range(consumers)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 6
        for t in threads:
            t.join(max(0.1, deadline - time.monotonic()))
        assert not stuck and not any(t.is_alive() for t in threads), (
            f"all threads must finish (no deadlock, no lost wake-up): {stuck[:3] or 'threads still running'}")
    finally:
        sys.setswitchinterval(old)
    everything = sorted(x for r in received for x in r)
    want = sorted((p, i) for p in range(producers) for i in range(per_producer))
    assert everything == want, "every produced item must be received exactly once"
    assert not overfull, f"the queue held more than its capacity: sizes {overfull[:5]}"
    for r in received:
        for p in range(producers):
            seq = [i for (pp, i) in r if pp == p]
            assert seq == sorted(seq), "FIFO: one consumer must see each producer's items in put order"
    assert len(q) == 0, "the queue ends empty"


def _wait_until_blocked(thread, limit_s=0.3):
    """Return once `thread` is parked in a threading wait or acquire (at most `limit_s`).

    Sleeping a fixed time instead can be too short on a busy machine, and a consumer that had
    not started waiting yet would let a lost wake-up go unseen.
    """
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(thread.ident)
        while frame is not None:
            code = frame.f_code
            if code.co_filename.endswith("threading.py") and code.co_name in ("wait", "acquire"):
                time.sleep(0.01)  # let it finish parking
                return
            frame = frame.f_back
        time.sleep(0.005)


def _long_switch_interval():
    """Let the main thread run a few calls in a row without being preempted."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.5)
    return old


def test_a_getter_hand_off_wakes_the_waiting_producer_not_another_consumer():
    # Two consumers wait on an empty queue of capacity 1. The main thread puts "x" (waking one
    # consumer) and at once puts "y", which must wait for room. When the first consumer takes
    # "x", the thread that has to be woken is the waiting producer. With a single condition for
    # both sides, notify() wakes the other consumer instead and the producer sleeps forever.
    q = BoundedBlockingQueue(1)
    got = {}

    def consumer(name):
        try:
            got[name] = q.get(timeout=5)
        except TimeoutError:
            got[name] = "timeout"

    threads = []
    for name in ("c1", "c2"):
        t = threading.Thread(target=consumer, args=(name,), daemon=True)
        t.start()
        threads.append(t)
        _wait_until_blocked(t)  # this consumer is now parked in get()
    old = _long_switch_interval()
    try:
        q.put("x")
        start = time.monotonic()
        try:
            q.put("y", timeout=2.5)
        except TimeoutError:
            pass
        waited = time.monotonic() - start
    finally:
        sys.setswitchinterval(old)
    assert waited < 1.2, (
        f"a producer waiting for room was not woken when a consumer took an item (it waited "
        f"{waited:.2f} s, until its own timeout): producers and consumers need separate "
        "conditions (or notify_all); with one shared condition notify() can wake another "
        "consumer instead and the producer's wake-up is lost")
    for t in threads:
        t.join(5)
    assert sorted(got.values()) == ["x", "y"], f"each consumer gets one of the two items, got {got}"


def test_get_timeout_is_a_deadline_not_restarted_by_wake_ups():
    # A consumer waits with timeout=0.5 while the main thread keeps putting an item and taking
    # it straight back: each put wakes the consumer, which finds the queue empty again. The
    # timeout must count from the call, so the consumer gives up after about 0.5 s.
    q = BoundedBlockingQueue(2)
    result = {}

    def consumer():
        start = time.monotonic()
        try:
            q.get(timeout=0.5)
            result["outcome"] = "item"
        except TimeoutError:
            result["outcome"] = "timeout"
        except Exception as e:  # noqa: BLE001 - reported to the candidate below
            result["outcome"] = f"{type(e).__name__}: {e}"
        result["elapsed"] = time.monotonic() - start

    t = threading.Thread(target=consumer, daemon=True)
    t.start()
    time.sleep(0.05)
    old = _long_switch_interval()
    try:
        end = time.monotonic() + 1.6
        while time.monotonic() < end and t.is_alive():
            q.put("tease")
            q.get(timeout=0)  # taken back before the woken consumer can run
            time.sleep(0.05)
    finally:
        sys.setswitchinterval(old)
    t.join(5)
    assert result.get("outcome") == "timeout", (
        f"get(timeout=0.5) on a queue that is empty whenever it looks must raise TimeoutError, "
        f"got {result.get('outcome')!r} (after a wake-up, re-check the queue in a loop)")
    assert 0.4 <= result["elapsed"] <= 1.3, (
        f"get(timeout=0.5) gave up after {result['elapsed']:.2f} s while being woken every 50 ms: "
        "the timeout is a deadline from the call, so wait only for the time that is left "
        "(Condition.wait_for does this), not the full timeout again after every wake-up")


def test_built_from_threading_primitives_only():
    import ast
    import pathlib
    import solution
    tree = ast.parse(pathlib.Path(solution.__file__).read_text())
    banned = {"queue", "multiprocessing", "asyncio"}
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            used |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            used.add(node.module.split(".")[0])
    assert not (used & banned), (
        f"the solution imports {sorted(used & banned)}; build the queue from threading "
        "primitives (Lock, Condition, Semaphore), not from queue / multiprocessing / asyncio")


def test_two_quick_puts_wake_both_waiting_consumers():
    # Two consumers wait on an empty queue; the main thread puts two items back to back.
    # Each put must wake a waiting consumer, not only the put that finds the queue empty.
    q = BoundedBlockingQueue(4)
    got = {}

    def consumer(name):
        try:
            got[name] = q.get(timeout=5)
        except TimeoutError:
            got[name] = "timeout"

    threads = []
    for name in ("c1", "c2"):
        t = threading.Thread(target=consumer, args=(name,), daemon=True)
        t.start()
        threads.append(t)
        _wait_until_blocked(t)  # this consumer is now parked in get()
    old = _long_switch_interval()
    try:
        q.put("a")
        q.put("b")
    finally:
        sys.setswitchinterval(old)
    for t in threads:
        t.join(2.5)
    assert sorted(got.values()) == ["a", "b"], (
        f"two items were put while two consumers were waiting, so both consumers must receive one; "
        f"got {got} (a put must wake a waiting consumer even when the queue was not empty before it)")


def test_non_integer_capacity_is_rejected():
    for bad in (2.5, "3", None):
        with pytest.raises(ValueError):
            BoundedBlockingQueue(bad)
            pytest.fail(f"capacity={bad!r} is not an int >= 1 and must raise ValueError")


def _outcome_within(fn, seconds):
    """Run fn in a daemon thread; return its outcome, or 'still blocked' after `seconds`."""
    result = {}

    def run():
        try:
            result["outcome"] = ("returned", fn())
        except TimeoutError:
            result["outcome"] = ("TimeoutError", None)
        except Exception as e:  # noqa: BLE001 - reported to the candidate below
            result["outcome"] = (type(e).__name__, None)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    return result.get("outcome", ("still blocked", None))[0]


def test_zero_timeout_fails_at_once_on_an_empty_or_full_queue():
    q = BoundedBlockingQueue(1)
    got = _outcome_within(lambda: q.get(timeout=0), 2.0)
    assert got == "TimeoutError", (
        f"get(timeout=0) on an empty queue must raise TimeoutError without waiting, got: {got} "
        "(0 is a valid timeout, not the same as None)")
    q.put("a")
    got = _outcome_within(lambda: q.put("b", timeout=0), 2.0)
    assert got == "TimeoutError", (
        f"put(timeout=0) on a full queue must raise TimeoutError without waiting, got: {got}")
    assert len(q) == 1 and q.get(timeout=0) == "a", "the failed put must leave the queue as it was"
