from solution import board_state


def test_examples_from_prompt():
    assert board_state(["XOO", "OX.", "X.X"]) == "X", "X owns the main diagonal"
    assert board_state(["XO.", "...", "..."]) == "in_progress", "an early position is in progress"
    assert board_state(["OO.", "X..", "..."]) == "invalid", "O cannot have more marks than X"


def test_full_board_without_a_line_is_a_draw():
    assert board_state(["XOX", "XOO", "OXX"]) == "draw", "full board, no line: draw"
