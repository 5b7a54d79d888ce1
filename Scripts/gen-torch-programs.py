#!/usr/bin/env python3
"""Regenerates the expected output of the torch programs in Tests/LibraryTests/TorchPrograms.

Each `<name>.py` there is a small program that uses torch the way the book does; this script runs
it with CPython and real PyTorch and writes what it prints to `<name>.out`. LibraryTests runs
the same program in Tessera and compares the output byte for byte. Nothing at test time needs
PyTorch.

    /tmp/torchenv/bin/python Scripts/gen-torch-programs.py          # every program
    /tmp/torchenv/bin/python Scripts/gen-torch-programs.py --check  # compare, write nothing
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PROGRAMS = os.path.join(ROOT, "Tests", "LibraryTests", "TorchPrograms")


def drop_bar_frames(text):
    """fastprogress draws its console bar even into a pipe (its `printing()` tests
    `stdout.isatty` without calling it), as frames ending in carriage returns before each line of
    the epoch table. A pipe shows no bar in Tessera (nor in fastprogress as designed): keep what
    each line shows after its last carriage return."""
    return "\n".join(line.rsplit("\r", 1)[-1] for line in text.split("\n"))


def main():
    check = "--check" in sys.argv
    differ = 0
    for program in sorted(glob.glob(os.path.join(PROGRAMS, "*.py"))):
        result = subprocess.run([sys.executable, "-W", "ignore", program], capture_output=True, text=True,
                                cwd=PROGRAMS, env=dict(os.environ, PYTHONHASHSEED="0"), timeout=300)
        if result.returncode != 0:
            print("%s failed:\n%s" % (program, result.stderr))
            sys.exit(1)
        expected = program[:-3] + ".out"
        stdout = drop_bar_frames(result.stdout)
        if check:
            old = open(expected).read() if os.path.exists(expected) else None
            if old != stdout:
                print("differs: " + expected)
                differ += 1
        else:
            with open(expected, "w") as f:
                f.write(stdout)
            print("wrote " + expected)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
