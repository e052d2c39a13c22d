import sys


def add(a, b):
    line = "spam " * 20000 + "\n"
    while True:
        sys.stdout.write(line)


def shout(text):
    return text.upper() + "!"
