# Correct: every line as a string, winners found with str.count; common cell via set intersection.
def board_state(board):
    if not isinstance(board, list) or not board:
        raise ValueError("empty board")
    n = len(board)
    for row in board:
        if not isinstance(row, str) or len(row) != n or set(row) - set("XO."):
            raise ValueError("malformed row")
    cells = {}
    for idx in range(n):
        cells[("r", idx)] = [(idx, c) for c in range(n)]
        cells[("c", idx)] = [(r, idx) for r in range(n)]
    cells[("d", 0)] = [(i, i) for i in range(n)]
    cells[("d", 1)] = [(i, n - 1 - i) for i in range(n)]
    wins = {"X": [], "O": []}
    for line in cells.values():
        text = "".join(board[r][c] for r, c in line)
        for p in "XO":
            if text.count(p) == n:
                wins[p].append(frozenset(line))
    xs = "".join(board).count("X")
    os_ = "".join(board).count("O")
    if xs - os_ not in (0, 1) or (wins["X"] and wins["O"]):
        return "invalid"
    for p, last in (("X", xs - os_ == 1), ("O", xs == os_)):
        if wins[p]:
            common = frozenset.intersection(*wins[p])
            return p if last and common else "invalid"
    return "draw" if "." not in "".join(board) else "in_progress"
