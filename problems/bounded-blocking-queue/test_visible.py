import pytest

from solution import BoundedBlockingQueue


def test_example_from_prompt():
    q = BoundedBlockingQueue(2)
    q.put("a")
    q.put("b")
    with pytest.raises(TimeoutError):
        q.put("c", timeout=0)
    assert q.get() == "a", "FIFO: the oldest item comes out first"
    q.put("c")
    assert [q.get(), q.get()] == ["b", "c"], "remaining items in order"
    with pytest.raises(TimeoutError):
        q.get(timeout=0.01)
