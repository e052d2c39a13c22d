# Mistake: rejects any win with more than two lines, though three lines through one cell can be completed by a single move
def board_state(board):
    """Classify an n x n tic-tac-toe board (list of n strings over 'X', 'O', '.')."""
    n = len(board)
    if n == 0 or any(not isinstance(row, str) or len(row) != n for row in board):
        raise ValueError("board must be n strings of length n, n >= 1")
    if any(ch not in "XO." for row in board for ch in row):
        raise ValueError("cells must be 'X', 'O' or '.'")

    lines = [[(r, c) for c in range(n)] for r in range(n)]
    lines += [[(r, c) for r in range(n)] for c in range(n)]
    lines.append([(i, i) for i in range(n)])
    lines.append([(i, n - 1 - i) for i in range(n)])

    won = {"X": [], "O": []}
    for line in lines:
        first = board[line[0][0]][line[0][1]]
        if first != "." and all(board[r][c] == first for r, c in line):
            won[first].append(set(line))

    x = sum(row.count("X") for row in board)
    o = sum(row.count("O") for row in board)
    if not (x == o or x == o + 1):
        return "invalid"
    if won["X"] and won["O"]:
        return "invalid"
    for player, needed in (("X", x == o + 1), ("O", x == o)):
        if won[player]:
            if not needed:
                return "invalid"
            lines = won[player]
            if len(lines) > 2 or not set.intersection(*lines):
                return "invalid"
            return player
    if x + o == n * n:
        return "draw"
    return "in_progress"
