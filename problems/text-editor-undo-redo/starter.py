class TextEditor:
    """Text buffer with a cursor, Backspace-style delete, and undo/redo of edits."""

    def __init__(self, text=""):
        # TODO: store the text, put the cursor at the end, create the undo/redo histories
        self._text = text
        self._cursor = 0

    @property
    def text(self):
        return self._text

    @property
    def cursor(self):
        return self._cursor

    def insert(self, s):
        """Insert s at the cursor; the cursor ends after it."""
        # TODO

    def delete(self, k):
        """Delete up to k characters left of the cursor; return how many were deleted."""
        # TODO
        return 0

    def move_left(self, k):
        # TODO
        return self._cursor

    def move_right(self, k):
        # TODO
        return self._cursor

    def undo(self):
        """Revert the latest edit; return True, or False if there is none."""
        # TODO
        return False

    def redo(self):
        """Re-apply the latest undone edit; return True, or False if there is none."""
        # TODO
        return False
