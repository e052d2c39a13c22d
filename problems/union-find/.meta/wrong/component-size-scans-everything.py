# Mistake: component_size counts the members by calling find on every element, O(n) per query instead of a size kept at the root
class UnionFind:
    """Disjoint sets over 0..n-1 with path compression and union by size."""

    def __init__(self, n):
        if n < 0:
            raise ValueError("n must be >= 0")
        self.parent = list(range(n))
        self._size = [1] * n
        self.count = n

    def _check(self, x):
        if not 0 <= x < len(self.parent):
            raise IndexError(f"element {x} is outside 0..{len(self.parent) - 1}")

    def find(self, x):
        self._check(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self._size[ra] += self._size[rb]
        self.count -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def component_size(self, x):
        root = self.find(x)
        return sum(1 for y in range(len(self.parent)) if self.find(y) == root)
