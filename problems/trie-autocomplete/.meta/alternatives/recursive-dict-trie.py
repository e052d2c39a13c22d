# Correct: nested dicts with a sentinel key for the weight; recursive collection and pruning.
_END = "\0weight"


class Autocomplete:
    def __init__(self):
        self._root = {}
        self._words = 0
        self._node_total = 1

    def add(self, word, weight=1):
        if type(word) is not str or word == "":
            raise ValueError("word must be a non-empty string")
        if type(weight) not in (int, float) or weight <= 0:
            raise ValueError("weight must be > 0")
        node = self._root
        for ch in word:
            if ch not in node:
                node[ch] = {}
                self._node_total += 1
            node = node[ch]
        if _END not in node:
            self._words += 1
            node[_END] = 0
        node[_END] += weight

    def _walk(self, text):
        node = self._root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def remove(self, word):
        if not isinstance(word, str) or not word:
            return False

        def rec(node, i):
            if i == len(word):
                if _END not in node:
                    return False
                del node[_END]
                return True
            child = node.get(word[i])
            if child is None or not rec(child, i + 1):
                return False
            if not child:
                del node[word[i]]
                self._node_total -= 1
            return True

        if rec(self._root, 0):
            self._words -= 1
            return True
        return False

    def __contains__(self, word):
        node = self._walk(word) if isinstance(word, str) and word else None
        return node is not None and _END in node

    def __len__(self):
        return self._words

    def suggest(self, prefix, k):
        start = self._walk(prefix)
        if k <= 0 or start is None:
            return []
        out = []

        def collect(node, text):
            for key, value in node.items():
                if key == _END:
                    out.append((-value, text))
                else:
                    collect(value, text + key)

        collect(start, prefix)
        out.sort()
        return [text for _, text in out[:k]]

    def node_count(self):
        return self._node_total
