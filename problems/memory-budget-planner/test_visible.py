from solution import plan_memory

SPEC = dict(num_layers=16, params=1000, act_bytes=100, batch_size=8, world_size=4,
            step_overhead=50, gather_cost=2)


def test_example_from_prompt():
    got = plan_memory(SPEC, 20_000)
    want = {"zero_stage": 2, "micro_batch": 8, "accum_steps": 1, "checkpoint_segments": 0,
            "peak_bytes": 18300, "cost": 434}
    assert got == want, f"with a 20000-byte budget expected {want}, got {got}"


def test_cheap_launches_prefer_accumulation():
    got = plan_memory(SPEC, 12_000)
    want = {"zero_stage": 2, "micro_batch": 4, "accum_steps": 2, "checkpoint_segments": 0,
            "peak_bytes": 11900, "cost": 484}
    assert got == want, (
        f"with step_overhead=50 two micro-batches (cost 484) beat checkpointing (cost 562); "
        f"expected {want}, got {got}"
    )


def test_nothing_fits_returns_none():
    got = plan_memory(SPEC, 4_000)
    assert got is None, (
        "stage 3 already needs 4000 bytes of state and at least 800 of activations; "
        f"expected None, got {got}"
    )
