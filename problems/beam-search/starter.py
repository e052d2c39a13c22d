class BeamSearch:
    """Beam search over a step function that returns next-token log-probabilities."""

    def __init__(self, step_fn, beam_width, eos_id, max_len):
        # TODO: validate beam_width >= 1 and max_len >= 0
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len

    def search(self, prefix=()):
        """Return the final beam as [(tokens_tuple, score), ...], best first."""
        # TODO: expand unfinished hypotheses, carry finished ones, keep the best beam_width
        raise NotImplementedError
