# Correct alternative: candidates as a generator, the new beam picked with heapq.nsmallest.
import heapq


class BeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len):
        if beam_width < 1 or max_len < 0:
            raise ValueError("need beam_width >= 1 and max_len >= 0")
        self.step_fn, self.beam_width, self.eos_id, self.max_len = step_fn, beam_width, eos_id, max_len

    def _candidates(self, beam, start):
        for tokens, score in beam:
            if len(tokens) > start and tokens[-1] == self.eos_id:
                yield tokens, score
            else:
                for tok, lp in enumerate(self.step_fn(tokens)):
                    yield tokens + (tok,), score + float(lp)

    def search(self, prefix=()):
        start = len(tuple(prefix))
        beam = [(tuple(prefix), 0.0)]
        steps = 0
        while steps < self.max_len and not all(len(t) > start and t[-1] == self.eos_id for t, _ in beam):
            beam = heapq.nsmallest(self.beam_width, self._candidates(beam, start),
                                   key=lambda c: (-c[1], c[0]))
            steps += 1
        return [(tuple(t), float(s)) for t, s in beam]
