"""Reading the hostile-input cases (Tests/Hostile/cases/*.txt), shared by Scripts/test-hostile
and Scripts/gen-hostile-expectations.py. Python 3 standard library only.

A case file holds one case per line: a one-line program (for `lang-*`, `torch-*`, `files-*`),
a sequence of REPL cells separated by ` ;; ` (for `repl-*`), or command-line arguments (for
`cli-*`, split as the shell would). A program of several lines is written between a line `<<<`
and a line `>>>`. Blank lines and lines starting with `#` are comments, except these directives,
which apply to the next case:

  # expect: TYPE -- reason       an exception of TYPE with any message (where Tessera rightly
                                 differs from the reference, e.g. a MemoryError where CPython
                                 would allocate a terabyte); also the expectation of repl cases
  # expect-output: TEXT -- reason   the program finishes and prints TEXT (one line)
  # expect-exit: N               cli cases: the exit status
  # expect-stderr: TEXT          cli cases: text the standard error must contain
  # interrupt-after: SECONDS     send SIGINT (Ctrl-C) after that long: a long computation
                                 must end in KeyboardInterrupt

Every other expectation comes from the reference implementation, recorded in
Tests/Hostile/expected.json by Scripts/gen-hostile-expectations.py.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
EXPECTED = os.path.join(ROOT, "expected.json")
FIXTURES = os.path.join(ROOT, "fixtures")

# What kind of run a case file's name prefix means, and which implementation is its reference.
KINDS = {"lang": "python3", "torch": "torch", "files": "torch", "repl": None, "cli": None}


class Case:
    def __init__(self, area, line, source, directives):
        self.area = area            # the case file's name without .txt
        self.kind = area.split("-")[0]
        self.line = line            # where the case starts in its file
        self.source = source
        self.directives = directives

    @property
    def key(self):
        return self.area + "\n" + self.source

    def __repr__(self):
        return f"{self.area}.txt:{self.line}"


def parse_directive(text):
    match = re.match(r"#\s*(expect(?:-output|-exit|-stderr)?|interrupt-after):\s*(.*)$", text)
    if not match:
        return None
    name, value = match.groups()
    # The reason after " -- " is for the reader.
    value = value.split(" -- ")[0].rstrip()
    return name, value


def load_cases(filter_text=None):
    cases = []
    for name in sorted(os.listdir(CASES)):
        if not name.endswith(".txt"):
            continue
        area = name[:-4]
        if area.split("-")[0] not in KINDS:
            raise SystemExit(f"{name}: the name must start with one of {', '.join(KINDS)}")
        with open(os.path.join(CASES, name), encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        directives = {}
        index = 0
        while index < len(lines):
            text = lines[index]
            number = index + 1
            index += 1
            if not text.strip():
                continue
            if text.startswith("#"):
                directive = parse_directive(text)
                if directive:
                    directives[directive[0]] = directive[1]
                continue
            if text == "<<<":
                body = []
                while index < len(lines) and lines[index] != ">>>":
                    body.append(lines[index])
                    index += 1
                if index == len(lines):
                    raise SystemExit(f"{name}:{number}: '<<<' without '>>>'")
                index += 1
                source = "\n".join(body) + "\n"
            else:
                source = text + "\n"
            cases.append(Case(area, number, source, directives))
            directives = {}
    if filter_text:
        cases = [case for case in cases if filter_text in repr(case) or filter_text in case.source]
    return cases


def load_expected():
    if not os.path.exists(EXPECTED):
        return {}
    with open(EXPECTED, encoding="utf-8") as handle:
        data = json.load(handle)
    return {entry["area"] + "\n" + entry["source"]: entry for entry in data["cases"]}


KNOWN_DIFFERENCES = os.path.join(ROOT, "known-differences.json")


def load_known_differences():
    """Cases where Tessera ends normally (no signal, no hang) but not as the reference does,
    because what they use is not implemented yet or differs in type: keyed like expectations,
    each with what was observed. Written by `Scripts/test-hostile --record-known-differences`;
    a case that dies by a signal or runs past the timeout is never excused by this list."""
    if not os.path.exists(KNOWN_DIFFERENCES):
        return {}
    with open(KNOWN_DIFFERENCES, encoding="utf-8") as handle:
        data = json.load(handle)
    return {entry["area"] + "\n" + entry["source"]: entry for entry in data["cases"]}


def exception_header(stderr):
    """The "Type: message" line of the exception that ended a program, as its traceback on
    stderr shows it (only the first line of a message of several lines), or None. Chained
    exceptions show several tracebacks; the last one is the exception that ended the program.
    A SyntaxError has no "Traceback" line: then the last line naming an exception type counts."""
    lines = stderr.split("\n")
    starts = [number for number, text in enumerate(lines) if text == "Traceback (most recent call last):"]
    if starts:
        for text in lines[starts[-1] + 1:]:
            if text and not text[0].isspace() and re.match(r"[A-Za-z_][\w.]*(:|$)", text):
                return text
        return None
    named = [text for text in lines if re.match(r"[A-Za-z_][\w.]*(Error|Exception|Warning|Interrupt|Exit|Iteration)(:|$)", text)]
    return named[-1] if named else None


def split_header(header):
    if header is None:
        return None, None
    if ": " in header:
        name, message = header.split(": ", 1)
        return name, message
    return header.rstrip(":"), ""


def link_fixtures(directory):
    """Puts the fixture files (written by Scripts/gen-hostile-expectations.py) into a case's
    folder, as symbolic links, so cases name them without a path."""
    if os.path.isdir(FIXTURES):
        for name in os.listdir(FIXTURES):
            os.symlink(os.path.join(FIXTURES, name), os.path.join(directory, name))
