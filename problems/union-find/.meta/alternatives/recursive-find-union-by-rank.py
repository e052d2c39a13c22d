# Alternative: recursive find (trees stay O(log n) deep, so recursion is safe), union by rank,
# and component sizes kept in a dict keyed by root.
class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self._rank = [0] * n
        self._members = {i: 1 for i in range(n)}
        self.count = n

    def find(self, x):
        if x < 0 or x >= len(self.parent):
            raise IndexError(x)
        if self.parent[x] != x:
            self.parent[x] = self.find(self.parent[x])
        return self.parent[x]

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._rank[ra] > self._rank[rb]:
            ra, rb = rb, ra
        self.parent[ra] = rb
        if self._rank[ra] == self._rank[rb]:
            self._rank[rb] += 1
        self._members[rb] += self._members.pop(ra)
        self.count -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def component_size(self, x):
        return self._members[self.find(x)]
