# Mistake: sorts by (score, tokens) with reverse=True, so equal scores go to the larger token tuple.
class BeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len):
        if beam_width < 1:
            raise ValueError("beam_width must be at least 1")
        if max_len < 0:
            raise ValueError("max_len must be non-negative")
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len

    def search(self, prefix=()):
        prefix = tuple(prefix)
        n0 = len(prefix)
        beam = [(prefix, 0.0)]

        def finished(tokens):
            return len(tokens) > n0 and tokens[-1] == self.eos_id

        for _ in range(self.max_len):
            if all(finished(t) for t, _ in beam):
                break
            pool = []
            for tokens, score in beam:
                if finished(tokens):
                    pool.append((tokens, score))
                    continue
                for tok, lp in enumerate(self.step_fn(tokens)):
                    pool.append((tokens + (tok,), score + float(lp)))
            pool.sort(key=lambda c: (c[1], c[0]), reverse=True)
            beam = pool[: self.beam_width]
        return beam
