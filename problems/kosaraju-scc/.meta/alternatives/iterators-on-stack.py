# Correct alternative: the first pass keeps iterator objects on its stack; the second uses a deque.
from collections import deque


def strongly_connected_components(n, edges):
    fwd = {u: [] for u in range(n)}
    bwd = {u: [] for u in range(n)}
    for u, v in edges:
        fwd[u].append(v)
        bwd[v].append(u)
    seen = set()
    finished = []
    for root in range(n):
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(fwd[root]))]
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(fwd[nxt])))
                    break
            else:
                stack.pop()
                finished.append(node)
    owner = {}
    result = []
    while finished:
        root = finished.pop()
        if root in owner:
            continue
        comp = {root}
        owner[root] = len(result)
        queue = deque([root])
        while queue:
            x = queue.popleft()
            for y in bwd[x]:
                if y not in owner:
                    owner[y] = len(result)
                    comp.add(y)
                    queue.append(y)
        result.append(comp)
    return result
