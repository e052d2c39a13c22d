import math

import numpy as np
import pytest

from solution import HyperLogLog


def rel_bound(p, sigmas=6):
    return sigmas * 1.04 / math.sqrt(2 ** p)


def test_empty_sketch():
    hll = HyperLogLog(p=12)
    assert hll.registers.shape == (4096,), f"p=12 means 4096 registers, got shape {hll.registers.shape}"
    assert not np.any(hll.registers), "all registers start at 0"
    assert hll.count() == pytest.approx(0.0, abs=1e-9), f"an empty sketch should estimate 0, got {hll.count()}"


def test_estimate_within_error_bound():
    hll = HyperLogLog(p=12)
    n = 20_000
    for i in range(n):
        hll.add(f"user-{i}")
    got = hll.count()
    assert abs(got - n) / n <= rel_bound(12), (
        f"estimated {got:.0f} for {n} distinct items: more than 6 standard errors "
        f"({rel_bound(12):.1%}) away"
    )


def test_duplicates_do_not_change_the_sketch():
    hll = HyperLogLog(p=10)
    for i in range(500):
        hll.add(i)
    before = hll.registers.copy()
    for _ in range(3):
        for i in range(500):
            hll.add(i)
    np.testing.assert_array_equal(hll.registers, before, err_msg="adding items already seen must not change any register")


def test_raw_estimate_formula_on_fixed_registers():
    hll = HyperLogLog(p=10)
    hll.registers[:] = 3
    m = 1024
    want = 0.7213 / (1 + 1.079 / m) * m * m / (m * 2.0 ** -3)
    assert hll.count() == pytest.approx(want, rel=1e-9), (
        f"all 1024 registers at 3: alpha_m * m^2 / sum(2^-M) = {want:.3f}, got {hll.count()}"
    )
