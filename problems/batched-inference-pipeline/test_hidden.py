from _helpers import TinyEncoder, check_outputs, make_requests, one_by_one
from solution import batched_inference


def test_token_budget_limits_batches():
    model = TinyEncoder()
    reqs = make_requests([2, 4, 2, 4, 2, 4, 2, 4, 2])
    want = one_by_one(model, reqs)
    got = batched_inference(model, reqs, max_batch_size=8, max_batch_tokens=12)
    shapes = [c["shape"] for c in model.calls]
    assert shapes == [(3, 4), (3, 4), (3, 2)], (
        f"with a 12-token budget expected batches (3, 4), (3, 4), (3, 2), got {shapes}"
    )
    check_outputs(got, want)


def test_stable_order_for_equal_lengths():
    model = TinyEncoder()
    reqs = make_requests([3, 3, 3, 3])
    batched_inference(model, reqs, max_batch_size=2, max_batch_tokens=100)
    firsts = [c["ids"][:, 0].tolist() for c in model.calls]
    want = [[int(reqs[0][0]), int(reqs[1][0])], [int(reqs[2][0]), int(reqs[3][0])]]
    assert firsts == want, "equal lengths keep their arrival order inside the sorted order"


def test_oversized_request_runs_alone():
    model = TinyEncoder()
    reqs = make_requests([3, 20, 2])
    want = one_by_one(model, reqs)
    got = batched_inference(model, reqs, max_batch_size=4, max_batch_tokens=10)
    shapes = [c["shape"] for c in model.calls]
    assert shapes == [(1, 20), (2, 3)], f"expected (1, 20) then (2, 3), got {shapes}"
    check_outputs(got, want)


def test_empty_request_list():
    model = TinyEncoder()
    assert batched_inference(model, [], max_batch_size=4, max_batch_tokens=10) == []
    assert model.calls == [], "no requests: the model must not be called"


def test_dropout_is_disabled_even_if_model_was_training():
    model = TinyEncoder(seed=4)
    reqs = make_requests([6, 2, 5], seed=5)
    want = one_by_one(model, reqs)
    model.train()
    got = batched_inference(model, reqs, max_batch_size=3, max_batch_tokens=100)
    check_outputs(got, want)


def test_every_padded_slot_holds_pad_id_and_is_masked_out():
    model = TinyEncoder(seed=6)
    reqs = make_requests([1, 5, 3], seed=7)
    want = one_by_one(model, reqs)
    got = batched_inference(model, reqs, max_batch_size=3, max_batch_tokens=100, pad_id=13)
    assert len(model.calls) == 1, f"all three requests fit one batch; the model ran {len(model.calls)} times"
    ids, mask = model.calls[0]["ids"], model.calls[0]["mask"]
    assert ids[1].tolist() == reqs[2].tolist() + [13, 13] and ids[2].tolist() == reqs[0].tolist() + [13] * 4, (
        f"padding slots must be filled with pad_id=13 on the right; got rows {ids.tolist()}")
    assert mask.sum(dim=1).tolist() == [5, 3, 1], f"mask must be True exactly on real tokens, got {mask.tolist()}"
    check_outputs(got, want)
