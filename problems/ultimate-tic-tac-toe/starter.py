class UltimateTicTacToe:
    """Rules engine for ultimate tic-tac-toe (boards and cells numbered 0..8 row by row)."""

    def __init__(self):
        # TODO: 9 small boards of 9 cells, a status per board, current player, forced board
        pass

    @property
    def current_player(self):
        return "X"

    @property
    def winner(self):
        return None

    @property
    def is_over(self):
        return False

    @property
    def forced_board(self):
        return None

    def board_status(self, board):
        """None while open, else 'X', 'O' or 'draw'."""
        # TODO
        return None

    def cell(self, board, cell):
        # TODO
        return None

    def legal_moves(self):
        """Sorted list of legal (board, cell) moves; [] when the game is over."""
        # TODO
        return []

    def play(self, board, cell):
        """Make the current player's move; ValueError (state unchanged) if illegal."""
        # TODO: validate first, then place, update statuses, winner, next forced board, player
        raise ValueError("not implemented")
