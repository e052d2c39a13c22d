from solution import TextEditor


def test_example_from_prompt():
    e = TextEditor("hello")
    assert e.cursor == 5, "the cursor starts at the end of the initial text"
    e.insert(" world")
    assert e.move_left(6) == 5, "move_left returns the new position"
    assert e.delete(5) == 5, "five characters lie left of the cursor"
    assert (e.text, e.cursor) == (" world", 0), f"got {(e.text, e.cursor)}"
    assert e.undo() is True, "there is an edit to undo"
    assert (e.text, e.cursor) == ("hello world", 5), f"undo restores text and cursor, got {(e.text, e.cursor)}"
    assert e.redo() is True and e.text == " world", f"redo re-applies the delete, got {e.text!r}"
