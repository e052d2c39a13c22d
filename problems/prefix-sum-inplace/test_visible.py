import numpy as np

from solution import prefix_sum_inplace


def test_list_example_from_prompt():
    a = [3, 1, 4, 1, 5]
    prefix_sum_inplace(a)
    assert a == [3, 4, 8, 9, 14], f"the list should now hold its running totals, got {a}"


def test_returns_the_same_list_object():
    a = [1, 2, 3]
    result = prefix_sum_inplace(a)
    assert result is a, "return the list you were given, not a new one"


def test_numpy_array_is_modified_in_place():
    a = np.array([2, 2, 2, 2])
    buffer = a.__array_interface__["data"][0]
    result = prefix_sum_inplace(a)
    assert result is a, "return the array you were given, not a new one"
    assert a.__array_interface__["data"][0] == buffer, "the array's buffer must not be replaced"
    np.testing.assert_array_equal(a, [2, 4, 6, 8], err_msg="running totals of the array")
