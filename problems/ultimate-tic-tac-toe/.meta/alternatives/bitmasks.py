# Alternative: each small board is a pair of 9-bit masks (one per player) and the big grid is a
# pair of masks of won boards plus a mask of decided boards; lines are checked as bit patterns.
_LINES = [0b000000111, 0b000111000, 0b111000000, 0b001001001, 0b010010010, 0b100100100,
          0b100010001, 0b001010100]
_FULL = 0b111111111


def _has_line(mask):
    return any(mask & line == line for line in _LINES)


class UltimateTicTacToe:
    def __init__(self):
        self._marks = {"X": [0] * 9, "O": [0] * 9}
        self._won = {"X": 0, "O": 0}
        self._decided = 0
        self._turn = 0
        self._next = None
        self._winner = None
        self._finished = False

    @property
    def current_player(self):
        return "XO"[self._turn % 2]

    @property
    def winner(self):
        return self._winner

    @property
    def is_over(self):
        return self._finished

    @property
    def forced_board(self):
        return None if self._finished else self._next

    def board_status(self, board):
        bit = 1 << board
        for p in "XO":
            if self._won[p] & bit:
                return p
        return "draw" if self._decided & bit else None

    def cell(self, board, cell):
        bit = 1 << cell
        for p in "XO":
            if self._marks[p][board] & bit:
                return p
        return None

    def _open(self, board):
        return not self._decided >> board & 1

    def _taken(self, board):
        return self._marks["X"][board] | self._marks["O"][board]

    def legal_moves(self):
        if self._finished:
            return []
        boards = range(9) if self._next is None else [self._next]
        return [(b, c) for b in boards if self._open(b) for c in range(9) if not self._taken(b) >> c & 1]

    def play(self, board, cell):
        if self._finished:
            raise ValueError("game over")
        if type(board) is not int or type(cell) is not int or not (0 <= board <= 8 and 0 <= cell <= 8):
            raise ValueError("moves are two ints in 0..8")
        if self._next is not None and board != self._next:
            raise ValueError("wrong board")
        if not self._open(board) or self._taken(board) >> cell & 1:
            raise ValueError("that board is decided or that cell is taken")
        p = self.current_player
        self._marks[p][board] |= 1 << cell
        if _has_line(self._marks[p][board]):
            self._won[p] |= 1 << board
            self._decided |= 1 << board
        elif self._taken(board) == _FULL:
            self._decided |= 1 << board
        if _has_line(self._won[p]):
            self._winner, self._finished = p, True
        elif self._decided == _FULL:
            self._finished = True
        self._next = cell if self._open(cell) else None
        self._turn += 1
