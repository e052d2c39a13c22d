def add(a, b):
    return abs(a) + abs(b)


def shout(text):
    return text.upper() + "!"
