import torch


def batched_inference(model, requests, max_batch_size, max_batch_tokens, pad_id=0):
    """Run `requests` through `model` in length-sorted, padded batches; return outputs in order."""
    # TODO: sort by length (stable, longest first) and form batches greedily
    # TODO: pad on the right, build the bool attention mask, call the model once per batch
    # TODO: slice each request's rows and put them back in request order
    raise NotImplementedError
