"""A real browser: JupyterLab (from PyPI) on a loopback port, Debian's chromium driven by
Playwright (pointed at the system browser, no downloaded one), opens the chapter 4 notebook
with the Tessera kernel, runs its first cells, and finds the book's numbers and a digit's
image in the page."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

from playwright.sync_api import sync_playwright

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KERNEL = os.environ.get("TESSERA_KERNEL_NAME", "tessera")
CHROMIUM = os.environ.get("TESSERA_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
TIMEOUT_MS = 120_000


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BrowserTests(unittest.TestCase):
    def setUp(self):
        self.assertTrue(os.path.exists(CHROMIUM), f"no chromium at {CHROMIUM} (apt-get install chromium)")
        self.folder = tempfile.mkdtemp(prefix="tessera-lab-")
        notebook = os.path.join(REPO, "Notebooks", "04_mnist_basics.ipynb")
        # A copy whose saved outputs are cleared, so whatever the page shows was computed now.
        import nbformat
        nb = nbformat.read(notebook, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Tessera", "language": "python"}
        nbformat.write(nb, os.path.join(self.folder, "04_mnist_basics.ipynb"))
        self.port = free_port()
        self.token = "tessera-test"
        self.lab = subprocess.Popen(
            ["jupyter-lab", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}", f"--IdentityProvider.token={self.token}",
             f"--ServerApp.root_dir={self.folder}", "--ServerApp.open_browser=False", "--allow-root"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/status?token={self.token}", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        else:
            self.fail("JupyterLab did not start")

    def tearDown(self):
        self.lab.terminate()
        try:
            self.lab.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.lab.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def test_chapter_4_in_jupyterlab(self):
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{self.port}/lab/tree/04_mnist_basics.ipynb?token={self.token}")
            page.wait_for_selector(".jp-Notebook", timeout=TIMEOUT_MS)
            # The kernel named in the notebook starts; its name shows in the toolbar.
            page.wait_for_selector(".jp-Toolbar-kernelName:has-text('Tessera')", timeout=TIMEOUT_MS)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=TIMEOUT_MS)
            page.click(".jp-Notebook .jp-Cell >> nth=0")
            # Run the whole notebook (the first cells show the digit; later ones the book's numbers).
            page.click("text=Run", timeout=TIMEOUT_MS)
            page.click("text=Run All Cells", timeout=TIMEOUT_MS)
            page.wait_for_selector(".jp-OutputArea-output img", timeout=TIMEOUT_MS)
            # In an output area: the markdown cells may quote the book's numbers too.
            page.wait_for_selector(".jp-OutputArea-output:has-text('tensor(0.1114)')", timeout=TIMEOUT_MS)
            images = page.locator(".jp-OutputArea-output img")
            self.assertGreaterEqual(images.count(), 1)
            self.assertTrue(images.first.get_attribute("src").startswith("data:image/png;base64,"))
            browser.close()


if __name__ == "__main__":
    unittest.main()
