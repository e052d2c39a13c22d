# Correct alternative: a stable (length desc, index) sort key, an index-walking batcher, pad_sequence.
import torch
from torch.nn.utils.rnn import pad_sequence


def batched_inference(model, requests, max_batch_size, max_batch_tokens, pad_id=0):
    if not requests:
        return []
    order = sorted(range(len(requests)), key=lambda i: (-len(requests[i]), i))
    was_training = model.training
    model.eval()
    results = {}
    start = 0
    try:
        with torch.no_grad():
            while start < len(order):
                longest = len(requests[order[start]])
                end = start + 1
                while (end < len(order) and end - start + 1 <= max_batch_size
                       and (end - start + 1) * longest <= max_batch_tokens):
                    end += 1
                idx = order[start:end]
                seqs = [requests[i] for i in idx]
                ids = pad_sequence(seqs, batch_first=True, padding_value=pad_id)
                lens = torch.tensor([len(s) for s in seqs])
                mask = torch.arange(ids.shape[1])[None, :] < lens[:, None]
                out = model(ids, mask)
                for row, i in enumerate(idx):
                    results[i] = out[row, : len(requests[i])].detach().clone()
                start = end
    finally:
        model.train(was_training)
    return [results[i] for i in range(len(requests))]
