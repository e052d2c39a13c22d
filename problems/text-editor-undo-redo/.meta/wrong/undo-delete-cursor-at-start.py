# Mistake: undoing a delete leaves the cursor at the start of the restored text, not where it was before the delete
class TextEditor:
    """Text buffer with a cursor, Backspace-style delete, and undo/redo of edits."""

    def __init__(self, text=""):
        self._text = text
        self._cursor = len(text)
        self._undo = []  # (kind, position, text)
        self._redo = []

    @property
    def text(self):
        return self._text

    @property
    def cursor(self):
        return self._cursor

    def _apply(self, edit):
        kind, pos, s = edit
        if kind == "insert":
            self._text = self._text[:pos] + s + self._text[pos:]
            self._cursor = pos + len(s)
        else:  # delete of s that lay at [pos, pos + len(s))
            self._text = self._text[:pos] + self._text[pos + len(s):]
            self._cursor = pos

    def _revert(self, edit):
        kind, pos, s = edit
        if kind == "insert":
            self._text = self._text[:pos] + self._text[pos + len(s):]
            self._cursor = pos
        else:
            self._text = self._text[:pos] + s + self._text[pos:]
            self._cursor = pos

    def _record(self, edit):
        self._apply(edit)
        self._undo.append(edit)
        self._redo.clear()

    def insert(self, s):
        if s:
            self._record(("insert", self._cursor, s))

    def delete(self, k):
        if k < 0:
            raise ValueError("k must be >= 0")
        n = min(k, self._cursor)
        if n:
            start = self._cursor - n
            self._record(("delete", start, self._text[start:self._cursor]))
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
        edit = self._undo.pop()
        self._revert(edit)
        self._redo.append(edit)
        return True

    def redo(self):
        if not self._redo:
            return False
        edit = self._redo.pop()
        self._apply(edit)
        self._undo.append(edit)
        return True
