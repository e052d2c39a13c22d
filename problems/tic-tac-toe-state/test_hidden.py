import pytest

from solution import board_state


def test_anti_diagonal_and_column_wins():
    assert board_state(["OOX", "OX.", "X.X"]) == "X", "X owns the anti-diagonal (top-right to bottom-left)"
    assert board_state(["XO.", "XO.", ".OX"]) == "O", "O owns the middle column and moved last (3 X, 3 O)"


def test_winner_on_a_full_board_is_not_a_draw():
    assert board_state(["XXX", "OOX", "XOO"]) == "X", "a full board with a line is a win, not a draw"


def test_winner_must_have_moved_last():
    assert board_state(["XXX", "OO.", "O.."]) == "invalid", "X won but O then moved (3 X, 3 O)"
    assert board_state(["OOO", "XX.", "XX."]) == "invalid", "O won but X then moved (4 X, 3 O)"
    assert board_state(["XXX", "OOO", "..."]) == "invalid", "both players cannot have a line"


def test_double_line_through_the_last_move_is_valid():
    board = ["XOX", "OXO", "XOX"]
    assert board_state(board) == "X", "the centre move can complete both diagonals at once"


def test_disjoint_winning_lines_are_invalid():
    board = ["XOOX",
             "OXXO",
             "OXXO",
             "XO.X"]
    assert board_state(board) == "invalid", (
        "on 4x4 both diagonals share no cell, so no single move completed both: unreachable"
    )


def test_larger_board_and_one_by_one():
    assert board_state(["X"]) == "X", "on a 1x1 board the first move wins"
    assert board_state(["."]) == "in_progress", "empty 1x1 board"
    b = ["OX..", "OX..", "OX..", ".X.."]
    assert board_state(b) == "X", "X owns column 1 on a 4x4 board"
    assert board_state(["XO..", "....", "....", "...."]) == "in_progress", "4x4 early game"


def test_malformed_input_raises():
    for bad in ([], ["XO", "O"], ["XA.", "...", "..."], ["...", "..."]):
        with pytest.raises(ValueError):
            board_state(bad)


def test_x_two_moves_ahead_is_invalid():
    assert board_state(["XX.", "...", "..."]) == "invalid", "X has two marks and O none: X moved twice in a row"
    assert board_state(["XXX", "X..", "..."]) == "invalid", "X cannot win with four marks against O's zero"


def test_o_ahead_of_x_is_invalid_without_a_win():
    assert board_state(["O..", "...", "..."]) == "invalid", "O moved first (1 O, 0 X): X always starts"
    assert board_state(["XOO", "O..", "..."]) == "invalid", "3 O against 1 X cannot happen"
    assert board_state(["XO..", "O...", "....", "...."]) == "invalid", "4x4: 2 O against 1 X"


def test_three_winning_lines_need_one_common_cell():
    # X owns row 0, column 0 and the anti-diagonal: each two of them meet, but at three different
    # cells, (0, 0), (0, 4) and (4, 0), so no single last move completed all three.
    pairwise_only = ["XXXXX",
                     "XO.XO",
                     "XOXOO",
                     "XXOOO",
                     "XO.OO"]
    assert board_state(pairwise_only) == "invalid", (
        "three lines that meet two by two at different cells have no common cell: unreachable")
    # Row 0, column 0 and the main diagonal all pass through (0, 0): one move can finish all three.
    through_one_cell = ["XXXXX",
                        "XXOOO",
                        "XOXOO",
                        "XOOXO",
                        "XOOOX"]
    assert board_state(through_one_cell) == "X", "three lines through the corner (0, 0): X won with that move"
