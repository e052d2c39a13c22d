# Mistake: RequiredTokens treats the set as 'any of these' instead of 'all of these'.
class Constraint:
    def allows(self, tokens, next_token):
        return True

    def is_satisfied(self, tokens):
        return True


class BannedTokens(Constraint):
    def __init__(self, banned):
        self.banned = set(banned)

    def allows(self, tokens, next_token):
        return next_token not in self.banned

    def is_satisfied(self, tokens):
        return not any(t in self.banned for t in tokens)


def _run_at_end(tokens, token):
    run = 0
    for t in reversed(tokens):
        if t != token:
            break
        run += 1
    return run


class MaxRepeats(Constraint):
    def __init__(self, limit):
        self.limit = limit

    def allows(self, tokens, next_token):
        return _run_at_end(tokens, next_token) + 1 <= self.limit

    def is_satisfied(self, tokens):
        return all(_run_at_end(tokens[: i + 1], tokens[i]) <= self.limit for i in range(len(tokens)))


class RequiredTokens(Constraint):
    def __init__(self, required, eos_id):
        self.required = set(required)
        self.eos_id = eos_id

    def allows(self, tokens, next_token):
        return next_token != self.eos_id or bool(self.required & set(tokens))

    def is_satisfied(self, tokens):
        return bool(self.required & set(tokens))


class ConstrainedBeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len, constraints=()):
        if beam_width < 1 or max_len < 0:
            raise ValueError("beam_width must be >= 1 and max_len >= 0")
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len
        self.constraints = list(constraints)

    def _finished(self, tokens):
        return bool(tokens) and tokens[-1] == self.eos_id

    def search(self):
        beam = [((), 0.0)]
        for _ in range(self.max_len):
            if all(self._finished(t) for t, _ in beam):
                break
            pool = []
            for tokens, score in beam:
                if self._finished(tokens):
                    pool.append((tokens, score))
                    continue
                for v, lp in enumerate(self.step_fn(tokens)):
                    if all(c.allows(tokens, v) for c in self.constraints):
                        pool.append((tokens + (v,), score + float(lp)))
            if not pool:
                break
            pool.sort(key=lambda c: (-c[1], c[0]))
            beam = pool[: self.beam_width]
        ok = [h for h in beam if all(c.is_satisfied(h[0]) for c in self.constraints)]
        if ok:
            return ok, False

        def violations(h):
            return sum(not c.is_satisfied(h[0]) for c in self.constraints)

        return sorted(beam, key=lambda h: (violations(h), -h[1], h[0])), True
