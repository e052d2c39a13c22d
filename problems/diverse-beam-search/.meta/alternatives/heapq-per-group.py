# Correct alternative: a generator of candidates per group, heapq.nsmallest for selection, a plain dict as the counter.
import heapq


class DiverseBeamSearch:
    def __init__(self, step_fn, num_groups, group_width, diversity_penalty, eos_id, max_len):
        for ok, what in ((num_groups >= 1, "num_groups"), (group_width >= 1, "group_width"),
                         (max_len >= 0, "max_len"), (diversity_penalty >= 0, "diversity_penalty")):
            if not ok:
                raise ValueError(f"invalid {what}")
        self.f, self.G, self.W = step_fn, num_groups, group_width
        self.pen, self.eos, self.max_len = diversity_penalty, eos_id, max_len

    def _finished(self, tokens):
        return len(tokens) > 0 and tokens[-1] == self.eos

    def _candidates(self, beam, used):
        for tokens, score in beam:
            if self._finished(tokens):
                yield score, tokens, score, False
                continue
            for v, lp in enumerate(self.f(tokens)):
                true = score + float(lp)
                yield true - self.pen * used.get(v, 0), tokens + (v,), true, True

    def search(self):
        beams = [[((), 0.0)] for _ in range(self.G)]
        step = 0
        while step < self.max_len and not all(self._finished(t) for b in beams for t, _ in b):
            used = {}
            for g in range(self.G):
                if all(self._finished(t) for t, _ in beams[g]):
                    continue
                best = heapq.nsmallest(self.W, self._candidates(beams[g], used),
                                       key=lambda c: (-c[0], c[1]))
                for _, tokens, _, extended in best:
                    if extended:
                        used[tokens[-1]] = used.get(tokens[-1], 0) + 1
                beams[g] = [(tokens, true) for _, tokens, true, _ in best]
            step += 1
        return [sorted(b, key=lambda h: (-h[1], h[0])) for b in beams]
