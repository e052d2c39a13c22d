# Mistake: pushes a copy of the whole document on every edit instead of the edit itself.
class TextEditor:
    def __init__(self, text=""):
        self._text = text
        self._cursor = len(text)
        self._undo = []
        self._redo = []

    @property
    def text(self):
        return self._text

    @property
    def cursor(self):
        return self._cursor

    def _change(self, new_text, new_cursor):
        self._undo.append((self._text, self._cursor, new_text, new_cursor))
        self._redo.clear()
        self._text, self._cursor = new_text, new_cursor

    def insert(self, s):
        if s:
            c = self._cursor
            self._change(self._text[:c] + s + self._text[c:], c + len(s))

    def delete(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        n = min(k, self._cursor)
        if n:
            c = self._cursor
            self._change(self._text[:c - n] + self._text[c:], c - n)
        return n

    def move_left(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        self._cursor = max(0, self._cursor - k)
        return self._cursor

    def move_right(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        self._cursor = min(len(self._text), self._cursor + k)
        return self._cursor

    def undo(self):
        if not self._undo:
            return False
        entry = self._undo.pop()
        self._text, self._cursor = entry[0], entry[1]
        self._redo.append(entry)
        return True

    def redo(self):
        if not self._redo:
            return False
        entry = self._redo.pop()
        self._text, self._cursor = entry[2], entry[3]
        self._undo.append(entry)
        return True
