#!/usr/bin/env python3
"""Writes Tests/KernelTests/Fixtures/pdb_post_mortem.json: what CPython 3.11's pdb prints in a
post-mortem session, for Tessera's `%debug` test.

Each scenario runs its cells as IPython does (compiled with the file name `<cell N>`, the cells'
lines registered in `linecache` so `list` can show them), catches the last cell's error, and
feeds the commands to `pdb.post_mortem` on the traceback without this script's own frame. The
fixture stores the cells, the commands and pdb's output. Run with CPython 3.11:
    python3 Scripts/gen-pdb-reference.py
"""

import io
import json
import linecache
import os
import pdb
import sys

SCENARIOS = [
    {
        "name": "walk_and_print",
        "cells": [
            "def leaf(n):\n    scaled = n * 2\n    return scaled / (n - n)\n\ndef middle(k):\n    offset = 3\n    return leaf(k + offset)\n",
            "middle(4)\n",
        ],
        "commands": ["p scaled", "p n + 1", "where", "up", "p offset", "args", "up", "up", "down", "down", "down",
                     "whatis offset", "p undefined", "scaled * 10", "list", "ll", "q"],
    },
    {
        "name": "module_level_error",
        "cells": ["values = [1, 2, 3]\ntotal = sum(values)\nvalues[total]\n"],
        "commands": ["p total", "p values", "where", "total + 1", "q"],
    },
]


def run(scenario):
    namespace = {"__name__": "__main__"}
    error = None
    for number, source in enumerate(scenario["cells"], 1):
        filename = "<cell {}>".format(number)
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        try:
            exec(compile(source, filename, "exec"), namespace)
        except Exception as caught:
            error = caught
    assert error is not None, scenario["name"]
    output = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO("\n".join(scenario["commands"]) + "\n"), stdout=output)
    debugger.use_rawinput = False
    debugger.reset()
    debugger.interaction(None, error.__traceback__.tb_next)
    return output.getvalue()


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    fixtures = []
    for scenario in SCENARIOS:
        fixtures.append(dict(scenario, output=run(scenario)))
    path = os.path.join(os.path.dirname(__file__), "..", "Tests", "KernelTests", "Fixtures", "pdb_post_mortem.json")
    with open(path, "w") as f:
        json.dump({"generated_by": "Scripts/gen-pdb-reference.py with CPython " + sys.version.split()[0],
                   "scenarios": fixtures}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
