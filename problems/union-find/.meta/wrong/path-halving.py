# Wrong: find uses path halving (each node jumps to its grandparent), which is not the full compression the prompt asks for.
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
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

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
        return self._size[self.find(x)]
