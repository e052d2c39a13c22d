# Mistake: accepts only int weights, so a positive float weight such as 0.5 raises ValueError
import heapq


class _Node:
    __slots__ = ("children", "weight")

    def __init__(self):
        self.children = {}
        self.weight = None  # total weight when a word ends here


class Autocomplete:
    """Trie of weighted words with prefix suggestions."""

    def __init__(self):
        self._root = _Node()
        self._size = 0
        self._nodes = 1

    def add(self, word, weight=1):
        if not isinstance(word, str) or not word:
            raise ValueError("word must be a non-empty string")
        if isinstance(weight, bool) or not isinstance(weight, int) or not weight > 0:
            raise ValueError("weight must be a positive number")
        node = self._root
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = node.children[ch] = _Node()
                self._nodes += 1
            node = nxt
        if node.weight is None:
            node.weight = 0
            self._size += 1
        node.weight += weight

    def _find(self, text):
        node = self._root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def remove(self, word):
        if not isinstance(word, str) or not word:
            return False
        path = []
        node = self._root
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                return False
            path.append((node, ch))
            node = nxt
        if node.weight is None:
            return False
        node.weight = None
        self._size -= 1
        for parent, ch in reversed(path):
            child = parent.children[ch]
            if child.children or child.weight is not None:
                break
            del parent.children[ch]
            self._nodes -= 1
        return True

    def __contains__(self, word):
        node = self._find(word) if isinstance(word, str) and word else None
        return node is not None and node.weight is not None

    def __len__(self):
        return self._size

    def suggest(self, prefix, k):
        if k <= 0:
            return []
        start = self._find(prefix)
        if start is None:
            return []
        found = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.weight is not None:
                found.append((-node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        return [text for _, text in heapq.nsmallest(k, found)]

    def node_count(self):
        return self._nodes
