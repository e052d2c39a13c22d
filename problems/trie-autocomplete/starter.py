import heapq


class Autocomplete:
    """Trie of weighted words with prefix suggestions."""

    def __init__(self):
        # TODO: the root node (children + end-of-word weight)
        pass

    def add(self, word, weight=1):
        # TODO
        pass

    def remove(self, word):
        """Delete word and prune unused nodes; return whether it was present."""
        # TODO
        return False

    def __contains__(self, word):
        # TODO
        return False

    def __len__(self):
        # TODO
        return 0

    def suggest(self, prefix, k):
        """Up to k words starting with prefix, by weight (desc) then alphabetically."""
        # TODO
        return []

    def node_count(self):
        """Number of trie nodes including the root."""
        # TODO
        return 0
