def add(a, b):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def shout(text):
    return text.upper() + "!"
