#!/usr/bin/env python3
"""Writes the tracebacks CPython 3.11 prints for small failing programs, caret lines included.

Tessera draws CPython 3.11's caret line under the failing operation of each traceback frame
(`~~^~~` under a binary operator, `~^^^` under a subscript, `^^^` under other operations,
none when a plain operation covers the whole line). Each program below runs as
`python3 <name>.py` in a temporary folder; its stderr, with the folder removed from the file
names, is the expected traceback.

    python3 Scripts/gen-traceback-carets.py     (CPython 3.11)

Output: Tests/InterpreterTests/Fixtures/traceback-carets.json, a list of {name, source, stderr}.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUTPUT = os.path.join(ROOT, "Tests", "InterpreterTests", "Fixtures", "traceback-carets.json")

PROGRAMS = {
    "binary_in_function": "def f(a, b):\n    return a + b\nf(1, 'a')\n",
    "binary_whole_line": "n = 1\nn / 0\n",
    "binary_parenthesized": "a = 1\nb = 'x'\nc = (a) ** (b)\n",
    "binary_nested": "a, b, c = 1, 2, 'z'\nr = a * b + c\n",
    "binary_multiline": "a = 1\nb = 'x'\nc = (a +\n b)\n",
    "subscript_whole_line": "x = [1]\nx[5]\n",
    "subscript_in_assignment": "d = {}\nv = d['key']\n",
    "subscript_two_indices": "m = [[1, 2]]\nv = m[0][7]\n",
    "call_whole_line": "import math\nmath.sqrt(-1)\n",
    "call_in_assignment": "import math\ny = math.sqrt(-1)\n",
    "call_argument": "def g(v):\n    return int(v) + 1\ng('q')\n",
    "method_call": "s = 'abc'\nn = s.index('z')\n",
    "unary": "s = 'a'\nt = -s\n",
    "compare": "n = 1 < 'a'\n",
    "attribute_operand": "class C: pass\nc = C()\nc.v = 1\nr = c.v + 'a'\n",
    "call_star_arguments": "def f(a):\n    return a + 'x'\nargs = (1,)\nr = f(*args)\n",
    "nested_frames": "def inner(v):\n    return v['k']\ndef outer(v):\n    return inner(v) * 2\nprint(outer({}))\n",
}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    records = []
    with tempfile.TemporaryDirectory() as folder:
        for name, source in PROGRAMS.items():
            path = os.path.join(folder, name + ".py")
            with open(path, "w") as f:
                f.write(source)
            result = subprocess.run([sys.executable, "-s", name + ".py"], cwd=folder, capture_output=True, text=True,
                                    env={"PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"})
            assert result.returncode == 1, name
            records.append({"name": name, "source": source, "stderr": result.stderr.replace(folder + "/", "")})
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        json.dump({"made_by": "Scripts/gen-traceback-carets.py with CPython %d.%d.%d" % sys.version_info[:3],
                   "programs": records}, f, indent=1)
        f.write("\n")
    print("wrote " + OUTPUT)


if __name__ == "__main__":
    main()
