# Wrong: the iterative first pass records a node when it is pushed (pre-order), not when it is finished.
def strongly_connected_components(n, edges):
    """Kosaraju's algorithm, iterative; components in topological order of the condensation."""
    out = [[] for _ in range(n)]
    rev = [[] for _ in range(n)]
    for u, v in edges:
        out[u].append(v)
        rev[v].append(u)
    visited = [False] * n
    order = []
    for start in range(n):
        if visited[start]:
            continue
        stack = [start]
        while stack:
            node = stack.pop()
            if visited[node]:
                continue
            visited[node] = True
            order.append(node)
            for nxt in out[node]:
                if not visited[nxt]:
                    stack.append(nxt)
    order.reverse()
    assigned = [False] * n
    components = []
    for start in reversed(order):
        if assigned[start]:
            continue
        assigned[start] = True
        component = {start}
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in rev[node]:
                if not assigned[nxt]:
                    assigned[nxt] = True
                    component.add(nxt)
                    stack.append(nxt)
        components.append(component)
    return components
