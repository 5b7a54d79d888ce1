#!/usr/bin/env python3
"""Writes Tests/Hostile/expected.json: what the reference implementation does with each hostile
case that has no `# expect:` / `# expect-output:` directive of its own. `lang-*` cases run under
CPython 3.11 (`python3`), `torch-*` and `files-*` under PyTorch's Python (/tmp/torchenv/bin/python:
torch, PIL, numpy, matplotlib), each as a script in a fresh process under the same
`ulimit -v 4000000` and SIGINT timing as Scripts/test-hostile uses. The record is the program's
stdout and the "Type: message" line of the exception that ended it (or none).

It first writes the files the `files-*` cases open (Tests/Hostile/fixtures, copied into each
case's folder by both this script and Scripts/test-hostile): PNGs that decode to more pixels than
Pillow's Image.MAX_IMAGE_PIXELS (decompression bombs), truncated and corrupt PNGs, PNGs whose
header claims impossible sizes, and garbage in .npy/.pt/.ipynb clothing.

  python3 Scripts/gen-hostile-expectations.py [--jobs N] [--only-new]

--only-new keeps the recorded expectation of every case whose text is unchanged and runs only
the others (cases no longer in the files are dropped either way).

A case on which the reference itself dies by a signal or runs past the timeout cannot get an
expectation: the script stops and names it (give it an `# expect:` directive with the reason).
"""
import argparse
import concurrent.futures
import json
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Hostile"))
import hostile_cases  # noqa: E402

FIXTURES = os.path.join(ROOT, "Tests", "Hostile", "fixtures")
INTERPRETERS = {"python3": "python3", "torch": "/tmp/torchenv/bin/python"}
MEMORY_LIMIT_KB = 4_000_000
TIMEOUT_SECONDS = 60


def png(width, height, rows=None, colour_type=0, bit_depth=8, crc_ok=True, ihdr_only=False):
    """A PNG of `height` rows of `width` grey (or other) pixels, all zero unless `rows` is given."""
    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc if crc_ok else crc ^ 1)
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    if not ihdr_only:
        compressor = zlib.compressobj(9)
        data = b""
        row = b"\x00" + b"\x00" * ((width * bit_depth + 7) // 8)
        if rows is None:
            # Streamed: the raw image is far larger than what is kept.
            for _ in range(height):
                data += compressor.compress(row)
        else:
            for r in rows:
                data += compressor.compress(b"\x00" + bytes(r))
        data += compressor.flush()
        out += chunk(b"IDAT", data)
    return out + chunk(b"IEND", b"")


def write_fixtures():
    os.makedirs(FIXTURES, exist_ok=True)
    files = {
        # 30000 x 30000 = 900 M pixels: over twice MAX_IMAGE_PIXELS (89,478,485): an error.
        "bomb-30000.png": png(30000, 30000, bit_depth=1),
        # 10000 x 10000 = 100 M pixels: over MAX_IMAGE_PIXELS but under twice it: a warning.
        "bomb-10000.png": png(10000, 10000, bit_depth=1),
        "small.png": png(4, 3, rows=[[0, 50, 100, 150], [200, 250, 10, 20], [1, 2, 3, 4]]),
        "truncated.png": png(64, 64, rows=[[i] * 64 for i in range(64)])[:70],
        "bad-crc.png": png(4, 1, rows=[[1, 2, 3, 4]], crc_ok=False),
        "huge-header.png": png(2**31 - 1, 2**31 - 1, ihdr_only=True),
        "zero-size.png": png(0, 0, ihdr_only=True),
        "header-only.png": b"\x89PNG\r\n\x1a\n",
        "text.png": b"this is not an image\n",
        "empty.png": b"",
        "garbage.npy": b"\x93NUMPY\x01\x00\xff\xff{'descr': '<f4', 'fortran_order': False, 'shape': (2**62,), }",
        "truncated.npy": b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (1000000,), }" + b" " * 43 + b"\n" + b"\x00" * 16,
        "garbage.pt": b"PK\x03\x04" + b"\x00" * 100,
        "text.pt": b"not a checkpoint\n",
        "empty.pt": b"",
    }
    for name, data in files.items():
        with open(os.path.join(FIXTURES, name), "wb") as handle:
            handle.write(data)


def limit_memory():
    limit = MEMORY_LIMIT_KB * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # A process started in the background of a shell inherits SIGINT ignored, and then neither
    # CPython nor tessera raises KeyboardInterrupt: the interrupt cases need the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def reference_run(case):
    interpreter = INTERPRETERS[hostile_cases.KINDS[case.kind]]
    directory = tempfile.mkdtemp(prefix="hostile-reference-")
    hostile_cases.link_fixtures(directory)
    try:
        with open(os.path.join(directory, "case.py"), "w", encoding="utf-8") as handle:
            handle.write(case.source)
        environment = dict(os.environ, PYTHONHASHSEED="0", MPLBACKEND="Agg", OMP_NUM_THREADS="1")
        process = subprocess.Popen([interpreter, "case.py"], cwd=directory, env=environment, text=True,
                                   encoding="utf-8", errors="replace", preexec_fn=limit_memory,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        interrupt = case.directives.get("interrupt-after")
        if interrupt:
            try:
                process.wait(timeout=float(interrupt))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGINT)
        try:
            stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return case, None, "the reference ran past the timeout"
        header = hostile_cases.exception_header(stderr) if process.returncode != 0 else None
        # An uncaught KeyboardInterrupt ends CPython by SIGINT itself once the traceback is
        # printed (so a shell sees the interrupt): that is the exception, not a crash.
        interrupted = process.returncode == -signal.SIGINT and interrupt and header == "KeyboardInterrupt"
        if process.returncode < 0 and not interrupted:
            return case, None, f"the reference died by signal {-process.returncode}"
        if process.returncode != 0 and header is None:
            return case, None, f"the reference exited {process.returncode} without a traceback: {stderr[-300:]}"
        name, message = hostile_cases.split_header(header)
        return case, {"area": case.area, "source": case.source, "stdout": stdout, "error": name,
                      "message": message}, None
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only-new", action="store_true")
    options = parser.parse_args()
    write_fixtures()
    cases = [case for case in hostile_cases.load_cases()
             if hostile_cases.KINDS[case.kind] and "expect" not in case.directives
             and "expect-output" not in case.directives]
    records, problems = [], []
    if options.only_new:
        recorded = hostile_cases.load_expected()
        records = [recorded[case.key] for case in cases if case.key in recorded]
        cases = [case for case in cases if case.key not in recorded]
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for case, record, problem in pool.map(reference_run, cases):
            if problem:
                problems.append(f"{case!r}: {problem}\n  {case.source.strip()[:200]}")
            else:
                records.append(record)
    # Written even when some cases have problems, so a rerun with --only-new redoes only those.
    records.sort(key=lambda record: (record["area"], record["source"]))
    with open(hostile_cases.EXPECTED, "w", encoding="utf-8") as handle:
        json.dump({"generated_by": "Scripts/gen-hostile-expectations.py: lang-* cases from CPython "
                   + sys.version.split()[0] + " (python3), torch-*/files-* from /tmp/torchenv/bin/python "
                   "(PyTorch, Pillow), each under ulimit -v 4000000",
                   "cases": records}, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    print(f"gen-hostile-expectations: {len(records)} expectations written to {os.path.relpath(hostile_cases.EXPECTED, ROOT)}")
    if problems:
        print("\n".join(problems))
        raise SystemExit("gen-hostile-expectations: give these cases an '# expect:' directive with the reason")


if __name__ == "__main__":
    main()
