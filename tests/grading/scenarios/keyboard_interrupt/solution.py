def add(a, b):
    raise KeyboardInterrupt


def shout(text):
    return text.upper() + "!"
