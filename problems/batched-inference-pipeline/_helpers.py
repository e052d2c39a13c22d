import torch


class TinyEncoder(torch.nn.Module):
    """One attention layer over token embeddings; padded keys are masked out."""

    def __init__(self, vocab=50, dim=8, seed=0):
        super().__init__()
        torch.manual_seed(seed)
        self.emb = torch.nn.Embedding(vocab, dim)
        self.qkv = torch.nn.Linear(dim, 3 * dim)
        self.out = torch.nn.Linear(dim, dim)
        self.pos = torch.nn.Parameter(torch.randn(64, dim) * 0.5)
        self.drop = torch.nn.Dropout(0.5)
        self.calls = []

    def forward(self, input_ids, attention_mask):
        self.calls.append({"shape": tuple(input_ids.shape), "ids": input_ids.clone(),
                           "mask": attention_mask.clone()})
        assert attention_mask.dtype == torch.bool, "attention_mask must be a bool tensor"
        assert attention_mask.shape == input_ids.shape, "mask and ids must have the same shape"
        h = self.emb(input_ids) + self.pos[: input_ids.shape[1]]
        q, k, v = self.qkv(h).chunk(3, dim=-1)
        scores = q @ k.transpose(1, 2) / k.shape[-1] ** 0.5
        scores = scores.masked_fill(~attention_mask[:, None, :], float("-inf"))
        return self.out(self.drop(torch.softmax(scores, dim=-1) @ v)) + h


def make_requests(lengths, seed=1):
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(1, 50, (n,), generator=g) for n in lengths]


def one_by_one(model, requests):
    model.eval()
    outs = []
    with torch.no_grad():
        for r in requests:
            outs.append(model(r[None], torch.ones(1, len(r), dtype=torch.bool))[0])
    model.calls.clear()
    return outs


def check_outputs(got, want):
    assert isinstance(got, list) and len(got) == len(want), (
        f"expected a list of {len(want)} outputs, got {type(got).__name__} of {len(got)}"
    )
    for i, (g, w) in enumerate(zip(got, want)):
        assert g.shape == w.shape, f"output {i} should have shape {tuple(w.shape)}, got {tuple(g.shape)}"
        assert not g.requires_grad, f"output {i} requires grad: run the model without autograd"
        torch.testing.assert_close(g, w, rtol=1e-5, atol=1e-5,
                                   msg=lambda m: f"output {i} differs from running it alone\n{m}")
