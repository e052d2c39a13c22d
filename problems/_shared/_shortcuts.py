"""Test helper: switch library shortcuts off while the candidate's code runs."""
import contextlib

import solution


def _banned(name, advice):
    def f(*args, **kwargs):
        raise AssertionError(f"{name} is off limits in this problem: {advice}")
    return f


@contextlib.contextmanager
def switched_off(targets, advice):
    """Replace each (module, name) in `targets`, and any alias of it in `solution`, with a failing stub."""
    saved = []
    originals = {}
    for mod, name in targets:
        obj = getattr(mod, name)
        originals[id(obj)] = name
        saved.append((mod, name, obj))
        setattr(mod, name, _banned(f"torch {name}", advice))
    for key, obj in list(vars(solution).items()):
        if id(obj) in originals:
            saved.append((solution, key, obj))
            setattr(solution, key, _banned(originals[id(obj)], advice))
    try:
        yield
    finally:
        for mod, name, obj in reversed(saved):
            setattr(mod, name, obj)
