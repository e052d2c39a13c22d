# Correct: command objects with do/undo methods, the text kept as a list of characters.
class _Insert:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s

    def do(self, ed):
        ed._chars[self.pos:self.pos] = list(self.s)
        ed._cursor = self.pos + len(self.s)

    def undo(self, ed):
        del ed._chars[self.pos:self.pos + len(self.s)]
        ed._cursor = self.pos


class _Delete:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s

    def do(self, ed):
        del ed._chars[self.pos:self.pos + len(self.s)]
        ed._cursor = self.pos

    def undo(self, ed):
        ed._chars[self.pos:self.pos] = list(self.s)
        ed._cursor = self.pos + len(self.s)


class TextEditor:
    def __init__(self, text=""):
        self._chars = list(text)
        self._cursor = len(self._chars)
        self._done, self._undone = [], []

    @property
    def text(self):
        return "".join(self._chars)

    @property
    def cursor(self):
        return self._cursor

    def _run(self, command):
        command.do(self)
        self._done.append(command)
        self._undone = []

    def insert(self, s):
        if len(s) > 0:
            self._run(_Insert(self._cursor, s))

    def delete(self, k):
        if k < 0:
            raise ValueError("cannot delete a negative count")
        n = min(k, self._cursor)
        if n > 0:
            start = self._cursor - n
            self._run(_Delete(start, "".join(self._chars[start:self._cursor])))
        return n

    def _move(self, delta):
        self._cursor = min(max(self._cursor + delta, 0), len(self._chars))
        return self._cursor

    def move_left(self, k):
        if k < 0:
            raise ValueError("cannot move a negative distance")
        return self._move(-k)

    def move_right(self, k):
        if k < 0:
            raise ValueError("cannot move a negative distance")
        return self._move(k)

    def undo(self):
        if not self._done:
            return False
        command = self._done.pop()
        command.undo(self)
        self._undone.append(command)
        return True

    def redo(self):
        if not self._undone:
            return False
        command = self._undone.pop()
        command.do(self)
        self._done.append(command)
        return True
