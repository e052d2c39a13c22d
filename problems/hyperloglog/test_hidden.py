import math
import os
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

from solution import HyperLogLog


def rel_bound(p, sigmas=6):
    return sigmas * 1.04 / math.sqrt(2 ** p)


def test_small_range_uses_linear_counting():
    hll = HyperLogLog(p=12)
    for i in range(100):
        hll.add(f"item-{i}")
    got = hll.count()
    assert abs(got - 100) / 100 <= rel_bound(12), (
        f"100 distinct items gave {got:.1f}: with most registers still zero use m * ln(m / V)"
    )


def test_small_range_formula_on_fixed_registers():
    hll = HyperLogLog(p=8)
    hll.registers[:] = 1
    hll.registers[:200] = 0
    want = 256 * math.log(256 / 200)
    assert hll.count() == pytest.approx(want, rel=1e-9), (
        f"200 of 256 registers are zero and the raw estimate is below 2.5m, so expect "
        f"256 * ln(256/200) = {want:.4f}, got {hll.count()}"
    )


@pytest.mark.parametrize("p, alpha", [(4, 0.673), (5, 0.697), (6, 0.709)])
def test_alpha_constants_for_small_m(p, alpha):
    hll = HyperLogLog(p=p)
    m = 2 ** p
    hll.registers[:] = 6
    want = alpha * m * m / (m * 2.0 ** -6)
    assert hll.count() == pytest.approx(want, rel=1e-9), f"m={m} uses alpha={alpha}: expected {want:.3f}, got {hll.count()}"


def test_larger_stream_lower_precision():
    hll = HyperLogLog(p=10)
    n = 50_000
    for i in range(n):
        hll.add(i)
    got = hll.count()
    assert abs(got - n) / n <= rel_bound(10), f"estimated {got:.0f} for {n} distinct integers (p=10)"
    assert hll.registers.max() <= 64 - 10 + 1, "a rank can be at most 64 - p + 1"


def test_merge_equals_sketch_of_union():
    a, b, union = HyperLogLog(11), HyperLogLog(11), HyperLogLog(11)
    for i in range(0, 15_000):
        a.add(f"u{i}")
        union.add(f"u{i}")
    for i in range(10_000, 25_000):
        b.add(f"u{i}")
        union.add(f"u{i}")
    a_before, b_before = a.registers.copy(), b.registers.copy()
    merged = a.merge(b)
    np.testing.assert_array_equal(merged.registers, union.registers,
                                  err_msg="merge must give exactly the registers of a sketch of the union")
    np.testing.assert_array_equal(a.registers, a_before, err_msg="merge must not modify self")
    np.testing.assert_array_equal(b.registers, b_before, err_msg="merge must not modify other")
    assert abs(merged.count() - 25_000) / 25_000 <= rel_bound(11), f"union of 25,000 estimated as {merged.count():.0f}"
    with pytest.raises(ValueError):
        a.merge(HyperLogLog(12))


def test_invalid_precision():
    for p in (3, 17, 0):
        with pytest.raises(ValueError):
            HyperLogLog(p)


def test_memory_does_not_grow():
    hll = HyperLogLog(p=12)
    tracemalloc.start()
    for i in range(20_000):
        hll.add(f"visitor-{i}")
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert current < 100_000, f"{current} bytes still held after 20,000 items: do not store the items"


def test_hash_is_stable_across_processes():
    code = (
        "from solution import HyperLogLog\n"
        "h = HyperLogLog(6)\n"
        "for w in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']: h.add(w)\n"
        "print(list(map(int, h.registers)))\n"
    )
    outputs = []
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             cwd=os.path.dirname(os.path.abspath(__file__)), timeout=60)
        assert run.returncode == 0, f"could not build the sketch in a fresh process: {run.stderr[-500:]}"
        outputs.append(run.stdout)
    same = outputs[0] == outputs[1]
    assert same, (
        "two Python processes gave different registers for the same strings: sketches built on "
        "different machines could not be merged. Use a stable hash (hashlib), not hash()"
    )


def test_no_zero_register_means_no_linear_counting():
    hll = HyperLogLog(p=8)
    hll.registers[:] = 1
    m = 256
    want = 0.7213 / (1 + 1.079 / m) * m * m / (m * 0.5)      # about 1.44 m, below 2.5 m
    got = hll.count()
    assert math.isfinite(got), (
        f"every register is 1 (none is zero), got {got}: linear counting m * ln(m / V) needs V > 0; "
        "with V == 0 return the raw estimate")
    assert got == pytest.approx(want, rel=1e-9), (
        f"no register is zero, so the raw estimate alpha_m * m^2 / sum(2^-M) = {want:.3f} is the answer "
        f"even though it is below 2.5 m; got {got}")


def test_integers_and_their_strings_are_different_items():
    hll = HyperLogLog(p=12)
    for i in range(1500):
        hll.add(i)
        hll.add(str(i))
    got = hll.count()
    assert abs(got - 3000) / 3000 <= rel_bound(12), (
        f"the integers 0..1499 and the strings '0'..'1499' are 3000 distinct items, estimated {got:.0f}: "
        "7 and '7' must not hash to the same value")


def test_large_raw_estimate_is_kept_even_with_a_zero_register():
    hll = HyperLogLog(p=8)
    m = 256
    hll.registers[:] = 10
    hll.registers[0] = 0                                    # one register is still zero
    raw = 0.7213 / (1 + 1.079 / m) * m * m / (255 * 2.0 ** -10 + 1.0)
    assert raw > 2.5 * m, "test data: the raw estimate is far above 2.5 m"
    got = hll.count()
    assert got == pytest.approx(raw, rel=1e-9), (
        f"linear counting applies only when E <= 2.5 m; here E = {raw:.1f} > {2.5 * m}, so return E, got {got}")
