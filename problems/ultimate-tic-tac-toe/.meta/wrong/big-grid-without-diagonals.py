# Mistake: the big-grid win check looks at rows and columns of small boards but not the two diagonals
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def _line_owner(cells, player):
    return any(all(cells[i] == player for i in line) for line in LINES)


class UltimateTicTacToe:
    """Nine tic-tac-toe boards in a 3x3 grid; a move's cell picks the opponent's next board."""

    def __init__(self):
        self._cells = [[None] * 9 for _ in range(9)]
        self._status = [None] * 9  # None (open), "X", "O" or "draw"
        self._player = "X"
        self._forced = None
        self._winner = None
        self._over = False

    @property
    def current_player(self):
        return self._player

    @property
    def winner(self):
        return self._winner

    @property
    def is_over(self):
        return self._over

    @property
    def forced_board(self):
        return None if self._over else self._forced

    def board_status(self, board):
        if not 0 <= board < 9:
            raise ValueError("board must be in 0..8")
        return self._status[board]

    def cell(self, board, cell):
        return self._cells[board][cell]

    def legal_moves(self):
        if self._over:
            return []
        boards = [self._forced] if self._forced is not None else range(9)
        return [(b, c) for b in boards if self._status[b] is None
                for c in range(9) if self._cells[b][c] is None]

    def play(self, board, cell):
        if self._over:
            raise ValueError("the game is over")
        if not (isinstance(board, int) and isinstance(cell, int) and 0 <= board < 9 and 0 <= cell < 9):
            raise ValueError("board and cell must be ints in 0..8")
        if self._forced is not None and board != self._forced:
            raise ValueError(f"you must play on board {self._forced}")
        if self._status[board] is not None:
            raise ValueError(f"board {board} is already decided")
        if self._cells[board][cell] is not None:
            raise ValueError(f"cell {cell} of board {board} is taken")
        p = self._player
        cells = self._cells[board]
        cells[cell] = p
        if _line_owner(cells, p):
            self._status[board] = p
        elif all(x is not None for x in cells):
            self._status[board] = "draw"
        if any(all(self._status[i] == p for i in line) for line in LINES[:6]):
            self._winner = p
            self._over = True
        elif all(s is not None for s in self._status):
            self._over = True
        self._forced = cell if self._status[cell] is None else None
        self._player = "O" if p == "X" else "X"
