class UnionFind:
    """Disjoint sets over 0..n-1 with path compression and union by size."""

    def __init__(self, n):
        # TODO: parent list (each element its own root), sizes, set count
        self.parent = []
        self.count = n

    def find(self, x):
        """Return x's root, pointing every node on the path directly at it."""
        # TODO
        return x

    def union(self, a, b):
        """Merge the sets of a and b; return True if they were separate."""
        # TODO
        return False

    def connected(self, a, b):
        # TODO
        return False

    def component_size(self, x):
        # TODO
        return 1
