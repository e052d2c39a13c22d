import pytest

from solution import UltimateTicTacToe


def test_opening_and_forced_board():
    g = UltimateTicTacToe()
    assert len(g.legal_moves()) == 81 and g.forced_board is None, "the first move may go anywhere"
    g.play(2, 3)
    assert g.current_player == "O" and g.forced_board == 3, "X played cell 3, so O must play on board 3"
    assert g.legal_moves() == [(3, c) for c in range(9)], "O's legal moves are the 9 cells of board 3"
    with pytest.raises(ValueError):
        g.play(4, 4)


def test_example_from_prompt():
    g = UltimateTicTacToe()
    for move in [(2, 3), (3, 0), (0, 1), (1, 0), (0, 2), (2, 0), (0, 0)]:
        g.play(*move)
    assert g.board_status(0) == "X", "X owns the top row of board 0"
    assert g.forced_board is None, "O was sent to decided board 0, so O may play on any open board"
    assert len(g.legal_moves()) == 68, f"every empty cell of boards 1..8: 68 moves, got {len(g.legal_moves())}"
