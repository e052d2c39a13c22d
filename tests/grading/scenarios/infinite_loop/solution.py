def add(a, b):
    while True:
        pass


def shout(text):
    return text.upper() + "!"
