class Constraint:
    """Base constraint: allows every token and is always satisfied."""

    def allows(self, tokens, next_token):
        return True

    def is_satisfied(self, tokens):
        return True


class BannedTokens(Constraint):
    def __init__(self, banned):
        self.banned = set(banned)

    # TODO: allows / is_satisfied


class MaxRepeats(Constraint):
    def __init__(self, limit):
        self.limit = limit

    # TODO: allows / is_satisfied (runs of equal consecutive tokens)


class RequiredTokens(Constraint):
    def __init__(self, required, eos_id):
        self.required = set(required)
        self.eos_id = eos_id

    # TODO: allows / is_satisfied


class ConstrainedBeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len, constraints=()):
        # TODO: validate beam_width >= 1 and max_len >= 0
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len
        self.constraints = list(constraints)

    def search(self):
        """Return (hypotheses, used_fallback); hypotheses is [(tokens_tuple, score), ...]."""
        # TODO
        raise NotImplementedError
