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


def test_waiting_consumer_sleeps_instead_of_spinning():
    q = BoundedBlockingQueue(1)
    cpu = []

    def consumer():
        start = time.thread_time()
        q.get()
        cpu.append(time.thread_time() - start)

    t = threading.Thread(target=consumer, daemon=True)
    t.start()
    threading.Event().wait(1.0)  # the consumer waits about a second
    q.put("wake")
    t.join(10)
    assert cpu, "the consumer must receive the item"
    assert cpu[0] < 0.02, (
        f"a waiting get used {cpu[0]:.3f} s of CPU while the queue was empty: wait on a "
        "threading.Condition instead of polling in a loop"
    )


def test_many_producers_and_consumers_lose_nothing():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads very often to expose races
    try:
        q = BoundedBlockingQueue(4)
        producers, per_producer, consumers = 4, 800, 4
        received = [[] for _ in range(consumers)]
        overfull = []

        def produce(p):
            for i in range(per_producer):
                q.put((p, i), timeout=30)

        def consume(c):
            for _ in range(producers * per_producer // consumers):
                received[c].append(q.get(timeout=30))
                if len(q) > q.capacity:
                    overfull.append(len(q))

        threads = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
        threads += [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not any(t.is_alive() for t in threads), "all threads must finish (no deadlock, no lost wake-up)"
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
