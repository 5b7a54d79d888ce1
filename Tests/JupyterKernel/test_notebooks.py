"""Every notebook in Notebooks/ executed by nbclient through the Tessera kernel gives the same
text outputs as `tessera run` on the same notebook (images: same presence and pixel size).

Timings (%time, %timeit, fastai's epoch times) and object addresses differ from run to run and are masked; everything
else must match exactly, output by output, cell by cell. The bundled MNIST is laid out once
before (its first use prints a note on stderr, which only the first run would show).
"""
import base64
import glob
import os
import re
import subprocess
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TESSERA = os.environ.get("TESSERA_BINARY", os.path.join(REPO, ".build", "release", "tessera"))
KERNEL = os.environ.get("TESSERA_KERNEL_NAME", "tessera")
TIMING = re.compile(r"\d+(?:\.\d+)?\s*(?:ns|µs|us|ms|s)\b")
# fastai's progress table times each epoch as mm:ss.
CLOCK = re.compile(r"\b\d{2}:\d{2}\b")
# %timeit's note about a slow first run depends on the machine's load.
TIMEIT_NOTE = re.compile(r"^The slowest run took .*\n", re.MULTILINE)
# Default reprs show an object's address (`<... at 0x7f...>`), different in every process.
ADDRESS = re.compile(r"\b0x[0-9a-f]{6,}\b")


def masked(text):
    text = TIMEIT_NOTE.sub("", text)
    return ADDRESS.sub("0x<address>", CLOCK.sub("<time>", TIMING.sub("<time>", text)))


def png_size(b64):
    data = base64.b64decode(b64)
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


TABLE_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.DOTALL)
TABLE_CELL = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>", re.DOTALL)


def html_table_rows(html):
    """The rows of an HTML table as lists of cell texts (fastai's fit table in a front end)."""
    return [[masked(cell.strip()) for cell in TABLE_CELL.findall(row)] for row in TABLE_ROW.findall(html)]


def text_table_rows(text):
    """The rows of fastai's fit table as the console prints it, split on whitespace."""
    return [line.split() for line in text.splitlines() if line.strip()]


def is_progress_bar(output):
    """A fastprogress bar as fastai shows it in a front end: a live HTML display (a `<progress>`
    element, emptied when a bar that does not stay ends). `tessera run` draws bars in the terminal
    only, so they are no output of the cell there."""
    if output["output_type"] != "display_data" or "text/html" not in output["data"]:
        return False
    html = output["data"]["text/html"]
    return "<progress" in html or not html.strip()


def is_table_row(line):
    """A row of fastai's fit table as the console prints it: the epoch number, then the values."""
    words = line.split()
    return bool(words) and words[0].isdigit()


def normalized(outputs):
    """The outputs of one cell as comparable tuples; consecutive stream texts of one stream merge
    (as front ends show them)."""
    result = []
    console_table = None
    for output in outputs:
        kind = output["output_type"]
        if is_progress_bar(output):
            continue
        # The console prints the fit table's rows as epochs end, and a warning of the first
        # batch (stderr) may come between its header and its rows: rows join their table.
        if (kind == "stream" and output["name"] == "stdout" and console_table is not None
                and all(is_table_row(line) for line in output["text"].splitlines() if line.strip())):
            console_table[1].extend(text_table_rows(masked(output["text"])))
            continue
        # fastai's fit table: a live HTML table where the front end shows HTML (as fastai does in
        # Jupyter), console text under `tessera run`; the same rows either way.
        if kind == "display_data" and "<table" in output["data"].get("text/html", ""):
            result.append(("table", html_table_rows(output["data"]["text/html"])))
            continue
        if kind == "stream" and output["text"].startswith("epoch "):
            console_table = ("table", text_table_rows(masked(output["text"])))
            result.append(console_table)
            continue
        if kind == "stream":
            text = masked(output["text"])
            if result and result[-1][0] == "stream" and result[-1][1] == output["name"]:
                result[-1] = ("stream", output["name"], result[-1][2] + text)
            else:
                result.append(("stream", output["name"], text))
        elif kind in ("execute_result", "display_data"):
            data = output["data"]
            image = png_size(data["image/png"]) if "image/png" in data else None
            result.append((kind, masked(data.get("text/plain", "")), image))
        elif kind == "error":
            result.append(("error", output["ename"], output["evalue"]))
    # Stream texts compared whole: the kernel may split a stream where `tessera run` did not.
    return result


class NotebookTests(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        subprocess.run([TESSERA, "-c", "from fastai.vision.all import *\nuntar_data(URLs.MNIST_SAMPLE)"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

    def check(self, path):
        with tempfile.TemporaryDirectory() as scratch:
            expected_path = os.path.join(scratch, "expected.ipynb")
            subprocess.run([TESSERA, "run", path, "--output", expected_path], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
            expected = nbformat.read(expected_path, as_version=4)
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, kernel_name=KERNEL, timeout=600, allow_errors=True,
                                resources={"metadata": {"path": os.path.dirname(path)}})
        client.execute()
        expected_cells = [c for c in expected.cells if c.cell_type == "code"]
        actual_cells = [c for c in notebook.cells if c.cell_type == "code"]
        self.assertEqual(len(actual_cells), len(expected_cells))
        compared = 0
        for number, (want, got) in enumerate(zip(expected_cells, actual_cells), start=1):
            with self.subTest(cell=number, source=got.source[:60]):
                self.assertEqual(normalized(got.outputs), normalized(want.outputs))
                self.assertEqual(got.execution_count, want.execution_count)
                compared += len(want.outputs)
        self.assertGreater(compared, 0)

    def test_every_notebook(self):
        notebooks = sorted(glob.glob(os.path.join(REPO, "Notebooks", "*.ipynb")))
        self.assertTrue(notebooks)
        for path in notebooks:
            with self.subTest(notebook=os.path.basename(path)):
                self.check(path)


if __name__ == "__main__":
    unittest.main()
