class DiverseBeamSearch:
    """Beam search split into groups, with a penalty on tokens chosen by earlier groups."""

    def __init__(self, step_fn, num_groups, group_width, diversity_penalty, eos_id, max_len):
        # TODO: validate the arguments
        self.step_fn = step_fn
        self.num_groups = num_groups
        self.group_width = group_width
        self.diversity_penalty = diversity_penalty
        self.eos_id = eos_id
        self.max_len = max_len

    def search(self):
        """Return one list of (tokens_tuple, true_score) per group, each best first."""
        # TODO: per step, process groups in order with a shared counter of tokens just chosen
        raise NotImplementedError
