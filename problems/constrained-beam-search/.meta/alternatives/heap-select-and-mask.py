# Correct alternative: allowed-token lists per hypothesis, heapq selection, run lengths via itertools.groupby.
import heapq
from itertools import groupby


class Constraint:
    def allows(self, tokens, next_token):
        return True

    def is_satisfied(self, tokens):
        return True


class BannedTokens(Constraint):
    def __init__(self, banned):
        self.banned = frozenset(banned)

    def allows(self, tokens, next_token):
        return next_token not in self.banned

    def is_satisfied(self, tokens):
        return self.banned.isdisjoint(tokens)


class MaxRepeats(Constraint):
    def __init__(self, limit):
        self.limit = limit

    def allows(self, tokens, next_token):
        run = 1
        i = len(tokens) - 1
        while i >= 0 and tokens[i] == next_token:
            run += 1
            i -= 1
        return run <= self.limit

    def is_satisfied(self, tokens):
        return all(sum(1 for _ in grp) <= self.limit for _, grp in groupby(tokens))


class RequiredTokens(Constraint):
    def __init__(self, required, eos_id):
        self.required = frozenset(required)
        self.eos_id = eos_id

    def is_satisfied(self, tokens):
        return self.required.issubset(tokens)

    def allows(self, tokens, next_token):
        return next_token != self.eos_id or self.is_satisfied(tokens)


class ConstrainedBeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len, constraints=()):
        if beam_width < 1:
            raise ValueError("beam_width must be >= 1")
        if max_len < 0:
            raise ValueError("max_len must be >= 0")
        self.step_fn, self.beam_width, self.eos_id, self.max_len = step_fn, beam_width, eos_id, max_len
        self.constraints = tuple(constraints)

    def search(self):
        eos = self.eos_id
        beam = [((), 0.0)]
        for _ in range(self.max_len):
            open_hyps = [h for h in beam if not (h[0] and h[0][-1] == eos)]
            if not open_hyps:
                break
            pool = [h for h in beam if h[0] and h[0][-1] == eos]
            for tokens, score in open_hyps:
                logps = self.step_fn(tokens)
                pool.extend((tokens + (v,), score + float(logps[v])) for v in range(len(logps))
                            if all(c.allows(tokens, v) for c in self.constraints))
            if not pool:
                break
            beam = heapq.nsmallest(self.beam_width, pool, key=lambda h: (-h[1], h[0]))

        def unmet(h):
            return sum(1 for c in self.constraints if not c.is_satisfied(h[0]))

        good = [h for h in beam if unmet(h) == 0]
        if good:
            return good, False
        return sorted(beam, key=lambda h: (unmet(h), -h[1], h[0])), True
