from _helpers import TinyEncoder, check_outputs, make_requests, one_by_one
from solution import batched_inference


def test_example_batches_and_order():
    model = TinyEncoder()
    reqs = make_requests([3, 7, 2, 7, 5])
    want = one_by_one(model, reqs)
    got = batched_inference(model, reqs, max_batch_size=2, max_batch_tokens=100)
    shapes = [c["shape"] for c in model.calls]
    assert shapes == [(2, 7), (2, 5), (1, 2)], f"expected model calls (2, 7), (2, 5), (1, 2), got {shapes}"
    check_outputs(got, want)


def test_padding_is_on_the_right_with_pad_id_and_masked():
    model = TinyEncoder()
    reqs = make_requests([2, 4])
    batched_inference(model, reqs, max_batch_size=4, max_batch_tokens=100, pad_id=7)
    assert len(model.calls) == 1, f"both requests fit one batch; the model ran {len(model.calls)} times"
    ids, mask = model.calls[0]["ids"], model.calls[0]["mask"]
    assert ids[0].tolist() == reqs[1].tolist(), "the longer request comes first in its batch"
    assert ids[1].tolist() == reqs[0].tolist() + [7, 7], f"pad on the right with pad_id, got {ids[1].tolist()}"
    assert mask.tolist() == [[True] * 4, [True, True, False, False]], f"wrong mask {mask.tolist()}"


def test_results_match_one_by_one_for_many_lengths():
    model = TinyEncoder(seed=2)
    lengths = [5, 1, 9, 9, 3, 12, 1, 6, 4, 9, 2]
    reqs = make_requests(lengths, seed=3)
    want = one_by_one(model, reqs)
    got = batched_inference(model, reqs, max_batch_size=4, max_batch_tokens=30)
    check_outputs(got, want)
