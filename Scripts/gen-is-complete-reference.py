#!/usr/bin/env python3
"""Writes Tests/JupyterKernel/is_complete_reference.json: ipykernel's is_complete answers
(status and indent) for the codes below, the reference Tests/JupyterKernel/test_kernel_session.py
compares Tessera's kernel with.

Run with the kernel test environment (Scripts/setup --kernel-test-deps), which has ipykernel:
    ~/.cache/tessera/kernel-test-venv/bin/python Scripts/gen-is-complete-reference.py
"""
import json
import os
import sys

import ipykernel
from jupyter_client.manager import start_new_kernel

CODES = [
    # complete
    "1 + 1",
    "x = [1, 2, 3]",
    "print('hi')",
    "import math",
    "%time 1 + 1",
    "x?",
    "for i in range(3): print(i)",
    # incomplete: more input makes them valid
    "def f(x):",
    "x = [1,",
    "print('''hello",
    "if True:\n    x = 1\n    if x:",
    "s = 'abc' \\",
    "class A:",
    # invalid: no further input can make them valid
    "x = )",
    "1 +* 2",
    "def = 3",
    "print('a'))",
    "x = [1, 2]]",
    "return = 5",
    "a b c",
    "import",
    "for in range(3): pass",
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "Tests", "JupyterKernel", "is_complete_reference.json")
    km, kc = start_new_kernel(kernel_name="python3", startup_timeout=60)
    try:
        answers = []
        for code in CODES:
            msg_id = kc.is_complete(code)
            reply = kc.get_shell_msg(timeout=30)
            assert reply["parent_header"]["msg_id"] == msg_id
            content = reply["content"]
            answer = {"code": code, "status": content["status"]}
            if content["status"] == "incomplete":
                answer["indent"] = content.get("indent", "")
            answers.append(answer)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    document = {
        "generated_by": "Scripts/gen-is-complete-reference.py with ipykernel " + ipykernel.__version__,
        "answers": answers,
    }
    with open(out, "w") as f:
        json.dump(document, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
