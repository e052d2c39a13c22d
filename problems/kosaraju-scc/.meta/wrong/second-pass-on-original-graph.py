# second pass follows the original edges instead of the reversed graph
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
        visited[start] = True
        stack = [(start, 0)]
        while stack:
            node, i = stack[-1]
            if i < len(out[node]):
                stack[-1] = (node, i + 1)
                nxt = out[node][i]
                if not visited[nxt]:
                    visited[nxt] = True
                    stack.append((nxt, 0))
            else:
                stack.pop()
                order.append(node)
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
            for nxt in out[node]:
                if not assigned[nxt]:
                    assigned[nxt] = True
                    component.add(nxt)
                    stack.append(nxt)
        components.append(component)
    return components
