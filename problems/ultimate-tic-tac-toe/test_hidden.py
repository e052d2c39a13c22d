import random

import pytest

from solution import UltimateTicTacToe

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def snapshot(g):
    return (
        g.current_player, g.forced_board, g.winner, g.is_over,
        tuple(g.board_status(b) for b in range(9)),
        tuple(g.cell(b, c) for b in range(9) for c in range(9)),
    )


def example_game():
    g = UltimateTicTacToe()
    for move in [(2, 3), (3, 0), (0, 1), (1, 0), (0, 2), (2, 0), (0, 0)]:
        g.play(*move)
    return g


def test_illegal_moves_raise_and_change_nothing():
    g = example_game()
    before = snapshot(g)
    for bad in [(0, 5), (3, 0), (9, 0), (1, -1), (1, 9), (1.0, 2)]:
        with pytest.raises(ValueError):
            g.play(*bad)
        assert snapshot(g) == before, f"the illegal move {bad} must leave the game unchanged"
    assert (0, 5) not in g.legal_moves(), "cells of a won board are not playable"


def test_forcing_resumes_after_a_free_move():
    g = example_game()
    g.play(5, 4)  # O, free move
    assert g.forced_board == 4 and g.current_player == "X", "O played cell 4: X must play on board 4"
    g.play(4, 0)  # X sends O to board 0, which X already won
    assert g.forced_board is None, "board 0 is decided, so O may again play anywhere open"
    assert all(b != 0 for b, _ in g.legal_moves()), "no legal move may be on decided board 0"
    assert not g.is_over and g.winner is None, "one small board does not end the game"


def test_random_games_follow_the_rules():
    outcomes = []
    drawn_boards = 0
    for seed in range(20):
        rng = random.Random(1000 + seed)
        g = UltimateTicTacToe()
        n = 0
        while not g.is_over:
            moves = g.legal_moves()
            assert moves == sorted(moves) and moves, "legal_moves must be a sorted, non-empty list while playing"
            if g.forced_board is not None:
                assert all(b == g.forced_board for b, _ in moves), "forced: every legal move is on the forced board"
            b, c = moves[rng.randrange(len(moves))]
            player = g.current_player
            g.play(b, c)
            n += 1
            assert g.cell(b, c) == player, "the move's cell holds the mover's mark"
            status = g.board_status(b)
            cells = [g.cell(b, i) for i in range(9)]
            line = any(all(cells[i] == player for i in t) for t in LINES)
            if line:
                assert status == player, f"board {b} has a line of {player}: its status must be {player!r}"
            elif all(cells):
                assert status == "draw", f"board {b} is full with no line: 'draw'"
            else:
                assert status is None, f"board {b} is still open"
        statuses = [g.board_status(x) for x in range(9)]
        won = [p for p in "XO" if any(all(statuses[i] == p for i in t) for t in LINES)]
        assert g.legal_moves() == [] and g.forced_board is None, "no moves once the game is over"
        assert g.winner == (won[0] if won else None), "the winner owns a line of small boards"
        if g.winner is None:
            assert all(s is not None for s in statuses), "a drawn game has every board decided"
        with pytest.raises(ValueError):
            g.play(0, 0)
        outcomes.append((g.winner, n))
        drawn_boards += statuses.count("draw")
    assert drawn_boards > 0, "these games contain drawn small boards (full, no line)"
    want = [("O", 40), ("O", 56), ("O", 62), ("X", 55), ("O", 46), (None, 63), (None, 64), (None, 68),
            ("O", 52), ("O", 52), (None, 62), ("O", 60), ("X", 61), ("X", 67), ("O", 58), ("X", 71),
            ("X", 55), ("O", 48), ("X", 59), ("X", 51)]
    assert outcomes == want, (
        "with moves picked from the sorted legal_moves list by a fixed-seed RNG, the games should end "
        f"as {want}; got {outcomes}"
    )


def test_occupied_cells_are_illegal():
    g = example_game()  # O to move, free; board 2 holds X on cell 3 and O on cell 0
    before = snapshot(g)
    for taken in [(2, 3), (2, 0), (1, 0)]:
        with pytest.raises(ValueError):
            g.play(*taken)
            pytest.fail(f"cell {taken[1]} of board {taken[0]} is already taken: play{taken} must raise ValueError")
        assert snapshot(g) == before, f"the illegal move {taken} must leave the game unchanged"
    assert (2, 3) not in g.legal_moves(), "occupied cells are not legal moves"


def test_a_line_of_drawn_boards_wins_nothing():
    rng = random.Random(756)  # this game draws boards 6, 7 and 8 (the bottom row) before it ends
    g = UltimateTicTacToe()
    n = 0
    while not g.is_over:
        moves = g.legal_moves()
        assert moves, "a game that is not over must have a legal move (is a full board left open?)"
        g.play(*moves[rng.randrange(len(moves))])
        n += 1
        statuses = [g.board_status(b) for b in range(9)]
        assert g.winner in ("X", "O", None), f"the winner is 'X', 'O' or None, got {g.winner!r}"
        if statuses[6:] == ["draw"] * 3 and None in statuses:
            assert not g.is_over, (
                "three drawn boards in a row count for nobody: the game goes on while other boards are open")
    assert (g.winner, n) == (None, 64), (
        f"this game ends drawn after 64 moves, when the last open board is decided; got winner {g.winner!r} after {n}")
