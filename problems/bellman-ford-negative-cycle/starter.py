import math


class NegativeCycleError(ValueError):
    """Raised when a negative-weight cycle is reachable from the source."""


def bellman_ford(n, edges, source):
    """Shortest distances from source with possibly negative weights.

    Return dist (math.inf when unreachable); raise NegativeCycleError if a negative cycle is
    reachable from source.
    """
    # TODO: n-1 rounds of relaxing every edge, then one more pass to detect a negative cycle
    return [math.inf] * n
