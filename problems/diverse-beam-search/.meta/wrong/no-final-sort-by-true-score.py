# Mistake: returns each group's beam in selection-key order instead of re-sorting it by true score.
from collections import Counter


class DiverseBeamSearch:
    def __init__(self, step_fn, num_groups, group_width, diversity_penalty, eos_id, max_len):
        if num_groups < 1 or group_width < 1 or max_len < 0 or diversity_penalty < 0:
            raise ValueError("invalid arguments")
        self.step_fn = step_fn
        self.num_groups = num_groups
        self.group_width = group_width
        self.diversity_penalty = diversity_penalty
        self.eos_id = eos_id
        self.max_len = max_len

    def _done(self, tokens):
        return bool(tokens) and tokens[-1] == self.eos_id

    def search(self):
        groups = [[((), 0.0)] for _ in range(self.num_groups)]
        for _ in range(self.max_len):
            if all(self._done(t) for beam in groups for t, _ in beam):
                break
            used = Counter()
            for g, beam in enumerate(groups):
                if all(self._done(t) for t, _ in beam):
                    continue
                pool = []  # (key, tokens, score, extended)
                for tokens, score in beam:
                    if self._done(tokens):
                        pool.append((score, tokens, score, False))
                        continue
                    for v, lp in enumerate(self.step_fn(tokens)):
                        s = score + float(lp)
                        pool.append((s - self.diversity_penalty * used[v], tokens + (v,), s, True))
                pool.sort(key=lambda c: (-c[0], c[1]))
                chosen = pool[: self.group_width]
                for _, tokens, _, extended in chosen:
                    if extended:
                        used[tokens[-1]] += 1
                groups[g] = [(tokens, s) for _, tokens, s, _ in chosen]
        return groups   # each beam is already sorted
