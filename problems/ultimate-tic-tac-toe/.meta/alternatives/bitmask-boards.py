# Correct: each small board and the big grid as a pair of 9-bit masks, one per player.
WIN_MASKS = [sum(1 << i for i in line) for line in
             [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]]
FULL = (1 << 9) - 1


def _has_line(mask):
    return any(mask & w == w for w in WIN_MASKS)


class UltimateTicTacToe:
    def __init__(self):
        self._marks = {"X": [0] * 9, "O": [0] * 9}
        self._big = {"X": 0, "O": 0}
        self._drawn = 0
        self._turn = 0
        self._next = None
        self._won_by = None
        self._finished = False

    current_player = property(lambda self: "XO"[self._turn % 2])
    winner = property(lambda self: self._won_by)
    is_over = property(lambda self: self._finished)
    forced_board = property(lambda self: None if self._finished else self._next)

    def _decided(self, b):
        return bool((self._big["X"] | self._big["O"] | self._drawn) >> b & 1)

    def board_status(self, board):
        for p in "XO":
            if self._big[p] >> board & 1:
                return p
        return "draw" if self._drawn >> board & 1 else None

    def cell(self, board, cell):
        for p in "XO":
            if self._marks[p][board] >> cell & 1:
                return p
        return None

    def _open_cells(self, b):
        used = self._marks["X"][b] | self._marks["O"][b]
        return [c for c in range(9) if not used >> c & 1]

    def legal_moves(self):
        if self._finished:
            return []
        boards = [self._next] if self._next is not None else range(9)
        return sorted((b, c) for b in boards if not self._decided(b) for c in self._open_cells(b))

    def play(self, board, cell):
        if self._finished:
            raise ValueError("game over")
        if type(board) is not int or type(cell) is not int or not (0 <= board <= 8 and 0 <= cell <= 8):
            raise ValueError("indices must be ints 0..8")
        if (self._next is not None and board != self._next) or self._decided(board):
            raise ValueError("that board is not playable now")
        if cell not in self._open_cells(board):
            raise ValueError("cell taken")
        p = self.current_player
        self._marks[p][board] |= 1 << cell
        if _has_line(self._marks[p][board]):
            self._big[p] |= 1 << board
        elif (self._marks["X"][board] | self._marks["O"][board]) == FULL:
            self._drawn |= 1 << board
        if _has_line(self._big[p]):
            self._won_by, self._finished = p, True
        elif all(self._decided(b) for b in range(9)):
            self._finished = True
        self._next = None if self._decided(cell) else cell
        self._turn += 1
