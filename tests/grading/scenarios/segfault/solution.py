import ctypes


def add(a, b):
    return ctypes.string_at(0)


def shout(text):
    return text.upper() + "!"
