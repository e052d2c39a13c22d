from solution import plan_memory

SPEC = dict(num_layers=16, params=1000, act_bytes=100, batch_size=8, world_size=4,
            step_overhead=50, gather_cost=2)


def test_expensive_launches_prefer_checkpointing():
    spec = dict(SPEC, step_overhead=200)
    got = plan_memory(spec, 12_000)
    want = {"zero_stage": 2, "micro_batch": 8, "accum_steps": 1, "checkpoint_segments": 4,
            "peak_bytes": 11900, "cost": 712}
    assert got == want, (
        "with step_overhead=200 one checkpointed micro-batch in 4 segments (cost 712) beats "
        f"accumulation (784) and stage 3 (744); expected {want}, got {got}"
    )


def test_budget_equal_to_peak_fits():
    spec = dict(SPEC, step_overhead=10)
    got = plan_memory(spec, 11_900)
    assert got is not None and got["micro_batch"] == 4 and got["peak_bytes"] == 11900, (
        f"a plan whose peak equals the budget fits (peak <= budget); got {got}"
    )
    assert got["cost"] == 404 and got["zero_stage"] == 2, f"expected cost 404 at stage 2, got {got}"


def test_uneven_sharding_rounds_up_each_part():
    spec = dict(num_layers=2, params=1000, act_bytes=10, batch_size=1, world_size=3,
                step_overhead=1, gather_cost=1000)
    # stage 3: ceil(2000/3) + ceil(2000/3) + 12000/3 = 667 + 667 + 4000; activations 20
    got = plan_memory(spec, 5354)
    assert got is not None and got["zero_stage"] == 3 and got["peak_bytes"] == 5354, (
        f"only stage 3 fits 5354 bytes, with peak 667 + 667 + 4000 + 20 = 5354; got {got}"
    )
    assert plan_memory(spec, 5353) is None, "5353 bytes is one byte short of the smallest plan"


def test_single_worker_ties_go_to_lowest_peak_then_stage_zero():
    spec = dict(num_layers=4, params=10, act_bytes=1, batch_size=6, world_size=1,
                step_overhead=0, gather_cost=0)
    got = plan_memory(spec, 10**9)
    # one worker: sharding saves nothing, and with h = g = 0 every plan without checkpointing
    # costs 72, so the smallest peak (micro-batch 1) wins, at the lowest stage
    want = {"zero_stage": 0, "micro_batch": 1, "accum_steps": 6, "checkpoint_segments": 0,
            "peak_bytes": 160 + 4, "cost": 72}
    assert got == want, (
        f"ties: lowest cost, then lowest peak, then lowest stage; expected {want}, got {got}"
    )


def test_matches_exhaustive_search_on_many_specs():
    import itertools

    def brute(spec, budget):
        L, P, a, B, W = (spec[k] for k in ("num_layers", "params", "act_bytes", "batch_size",
                                            "world_size"))
        plans = []
        for z, m, c in itertools.product(range(4), range(1, B + 1), range(L + 1)):
            if B % m or (c and L % c):
                continue
            parts = [(2 * P, z >= 3), (2 * P, z >= 2), (12 * P, z >= 1)]
            static = sum(-(-x // W) if sharded else x for x, sharded in parts)
            peak = static + m * a * (L if c == 0 else c + L // c)
            if peak > budget:
                continue
            k = B // m
            cost = (3 * L * B + (L * B if c else 0) + k * spec["step_overhead"]
                    + (k * L * spec["gather_cost"] if z == 3 else 0))
            plans.append(((cost, peak, z, -m, c), dict(zero_stage=z, micro_batch=m, accum_steps=k,
                                                      checkpoint_segments=c, peak_bytes=peak,
                                                      cost=cost)))
        return min(plans, key=lambda p: p[0])[1] if plans else None

    cases = 0
    for L, B, W, h, g in itertools.product([1, 6, 12], [1, 4, 12], [1, 2, 5], [0, 7, 90], [0, 3]):
        spec = dict(num_layers=L, params=500, act_bytes=40, batch_size=B, world_size=W,
                    step_overhead=h, gather_cost=g)
        for budget in (1500, 3000, 6000, 9000):
            want = brute(spec, budget)
            got = plan_memory(spec, budget)
            assert got == want, f"spec {spec}, budget {budget}: expected {want}, got {got}"
            cases += 1
    assert cases == 648


def test_each_sharded_part_is_rounded_up_on_its_own():
    spec = dict(num_layers=1, params=1000, act_bytes=1, batch_size=1, world_size=7,
                step_overhead=0, gather_cost=0)
    # stage 3: ceil(2000/7) + ceil(2000/7) + ceil(12000/7) = 286 + 286 + 1715 = 2287, plus 1 byte of
    # activations. Rounding the sharded total once would give ceil(16000/7) = 2286.
    got = plan_memory(spec, 2288)
    assert got is not None and got["zero_stage"] == 3 and got["peak_bytes"] == 2288, (
        f"stage 3 peak is 286 + 286 + 1715 + 1 = 2288 (each part rounded up separately); got {got}")
    assert plan_memory(spec, 2287) is None, (
        "2287 bytes is one short: ceil is taken per part (weights, gradients, optimizer state), "
        "not once for their sum")


def test_all_returned_numbers_are_ints():
    spec = dict(num_layers=12, params=700, act_bytes=90, batch_size=4, world_size=3,
                step_overhead=300, gather_cost=1)
    got = plan_memory(spec, 8000)
    assert got is not None and got["checkpoint_segments"] > 0, f"test data: a checkpointed plan wins here, got {got}"
    for key in ("zero_stage", "micro_batch", "accum_steps", "checkpoint_segments", "peak_bytes", "cost"):
        assert type(got[key]) is int, f"{key} must be a Python int (the memory model is in whole bytes), got {got[key]!r}"
