import tracemalloc

import pytest

from solution import TextEditor


def test_new_edit_clears_redo_but_cursor_moves_do_not():
    e = TextEditor()
    e.insert("abc")
    e.undo()
    e.move_right(3)  # nothing to move over, and not an edit
    assert e.redo() is True and e.text == "abc", "a cursor move must not clear the redo history"
    e.undo()
    e.insert("x")
    assert e.redo() is False, "a new edit must clear the redo history"
    assert e.text == "x", f"text should be 'x', got {e.text!r}"


def test_undo_restores_cursor_for_insert_in_the_middle():
    e = TextEditor("ad")
    e.move_left(1)
    e.insert("bc")
    assert (e.text, e.cursor) == ("abcd", 3), "insert in the middle, cursor after the inserted text"
    e.move_right(10)
    e.undo()
    assert (e.text, e.cursor) == ("ad", 1), f"undo puts the cursor back where the insert happened, got {(e.text, e.cursor)}"
    e.redo()
    assert (e.text, e.cursor) == ("abcd", 3), "redo leaves the cursor where the insert left it"


def test_delete_is_clamped_and_empty_edits_record_nothing():
    e = TextEditor("hi")
    e.move_left(1)
    assert e.delete(10) == 1, "only one character lies left of the cursor"
    assert (e.text, e.cursor) == ("i", 0), f"got {(e.text, e.cursor)}"
    assert e.delete(3) == 0, "nothing left of the cursor to delete"
    e.insert("")
    assert e.undo() is True and e.text == "hi", "the empty insert and zero delete must not be undo steps"
    assert e.undo() is False, "the initial text is not an edit"
    assert e.move_left(5) == 0 and e.move_right(99) == 2, "moves clamp to [0, len(text)]"
    with pytest.raises(ValueError):
        e.delete(-1)


def test_many_undos_and_redos_round_trip():
    e = TextEditor()
    states = [(e.text, e.cursor)]
    for i, word in enumerate(["one ", "two ", "three"]):
        e.insert(word)
        states.append((e.text, e.cursor))
        if i == 1:
            e.delete(2)
            states.append((e.text, e.cursor))
    for want in reversed(states[:-1]):
        assert e.undo() is True
        assert (e.text, e.cursor) == want, f"after undo expected {want}, got {(e.text, e.cursor)}"
    assert e.undo() is False, "everything has been undone"
    for want in states[1:]:
        assert e.redo() is True
        assert (e.text, e.cursor) == want, f"after redo expected {want}, got {(e.text, e.cursor)}"
    assert e.redo() is False, "everything has been redone"


def test_history_stores_edits_not_document_copies():
    e = TextEditor("x" * 50_000)
    tracemalloc.start()
    for _ in range(300):
        e.insert("y")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(e.text) == 50_300, "300 single-character inserts"
    assert peak < 2_000_000, (
        f"peak memory {peak} bytes for 300 one-character edits of a 50 kB document: keep the edits "
        "(position and text) in the history, not a snapshot of the whole text per edit"
    )


def test_negative_moves_raise():
    e = TextEditor("abc")
    e.move_left(1)
    for name in ("move_left", "move_right"):
        with pytest.raises(ValueError):
            getattr(e, name)(-1)
            pytest.fail(f"{name}(-1) must raise ValueError, not move the cursor (now {e.cursor})")
    assert e.cursor == 2, "a rejected move must leave the cursor where it was"


def test_text_and_cursor_are_read_only():
    e = TextEditor("abc")
    for name, value in (("text", "hacked"), ("cursor", 0)):
        with pytest.raises(AttributeError):
            setattr(e, name, value)
            pytest.fail(f"assigning e.{name} worked: {name} must be a read-only property (edits go through insert/delete)")
    assert (e.text, e.cursor) == ("abc", 3), f"a rejected assignment must change nothing, got {(e.text, e.cursor)}"
