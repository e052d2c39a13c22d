import pytest

from solution import RunningMedian


def test_example_from_prompt():
    rm = RunningMedian()
    rm.add(5)
    assert rm.median() == 5, "one value: it is the median"
    rm.add(1)
    assert rm.median() == 3.0, "two values: their mean"
    rm.add(10)
    rm.add(2)
    assert rm.median() == 3.5 and len(rm) == 4, f"median of 1, 2, 5, 10 is 3.5, got {rm.median()}"


def test_empty_raises():
    with pytest.raises(ValueError):
        RunningMedian().median()
