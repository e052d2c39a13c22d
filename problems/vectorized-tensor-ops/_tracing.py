"""Count the Python lines executed while a function runs (a structural cost measure)."""

import sys


def lines_executed(fn, *args):
    """Call fn(*args) and return (result, number of traced 'line' events in all frames)."""
    count = [0]

    def tracer(frame, event, arg):
        if event == "line":
            count[0] += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = fn(*args)
    finally:
        sys.settrace(previous)
    return result, count[0]
