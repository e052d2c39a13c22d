# Mistake: pads with zeros whatever pad_id says.
import torch


def _make_batches(lengths, max_batch_size, max_batch_tokens):
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches = []
    for i in order:
        if batches:
            batch = batches[-1]
            longest = lengths[batch[0]]
            if len(batch) + 1 <= max_batch_size and (len(batch) + 1) * longest <= max_batch_tokens:
                batch.append(i)
                continue
        batches.append([i])
    return batches


def batched_inference(model, requests, max_batch_size, max_batch_tokens, pad_id=0):
    """Run `requests` through `model` in length-sorted, padded batches; return outputs in order."""
    lengths = [int(r.shape[0]) for r in requests]
    results = [None] * len(requests)
    model.eval()
    with torch.inference_mode():
        for batch in _make_batches(lengths, max_batch_size, max_batch_tokens):
            width = lengths[batch[0]]
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.bool)
            for row, i in enumerate(batch):
                ids[row, :lengths[i]] = requests[i]
                mask[row, :lengths[i]] = True
            out = model(ids, mask)
            for row, i in enumerate(batch):
                results[i] = out[row, :lengths[i]].clone()
    return results
