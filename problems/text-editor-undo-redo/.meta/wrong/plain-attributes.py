# Mistake: text and cursor are plain attributes, so a caller can assign to them and bypass the undo history
class TextEditor:
    def __init__(self, text=""):
        self.text = text
        self.cursor = len(text)
        self._undo = []
        self._redo = []

    def _put(self, pos, s):
        self.text = self.text[:pos] + s + self.text[pos:]

    def _cut(self, pos, n):
        self.text = self.text[:pos] + self.text[pos + n:]

    def insert(self, s):
        if not s:
            return
        pos = self.cursor
        self._put(pos, s)
        self.cursor = pos + len(s)
        self._undo.append(("ins", pos, s))
        self._redo.clear()

    def delete(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        n = min(k, self.cursor)
        if n:
            start = self.cursor - n
            s = self.text[start:self.cursor]
            self._cut(start, n)
            self.cursor = start
            self._undo.append(("del", start, s))
            self._redo.clear()
        return n

    def move_left(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        self.cursor = max(0, self.cursor - k)
        return self.cursor

    def move_right(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        self.cursor = min(len(self.text), self.cursor + k)
        return self.cursor

    def undo(self):
        if not self._undo:
            return False
        kind, pos, s = edit = self._undo.pop()
        if kind == "ins":
            self._cut(pos, len(s))
            self.cursor = pos
        else:
            self._put(pos, s)
            self.cursor = pos + len(s)
        self._redo.append(edit)
        return True

    def redo(self):
        if not self._redo:
            return False
        kind, pos, s = edit = self._redo.pop()
        if kind == "ins":
            self._put(pos, s)
            self.cursor = pos + len(s)
        else:
            self._cut(pos, len(s))
            self.cursor = pos
        self._undo.append(edit)
        return True
