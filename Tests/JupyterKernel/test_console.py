"""`jupyter console --kernel tessera` on a real terminal, as a user types: a multi-line def
(continued by the kernel's is_complete answers), a plot, Ctrl-C during `while True: pass`, and a
variable that survived it. The console's prompt_toolkit interface draws with escape sequences,
so it runs in tmux (as the REPL's own terminal tests do) and the test reads the rendered screen.
"""
import os
import shutil
import subprocess
import time
import unittest
import uuid

KERNEL = os.environ.get("TESSERA_KERNEL_NAME", "tessera")
TIMEOUT = 30


class ConsoleTests(unittest.TestCase):
    def setUp(self):
        console = shutil.which("jupyter-console")
        self.assertIsNotNone(console, "jupyter-console is not on PATH")
        self.assertIsNotNone(shutil.which("tmux"), "tmux is not installed (Scripts/setup installs it)")
        self.name = "tessera-console-" + uuid.uuid4().hex[:8]
        subprocess.run(["tmux", "-L", self.name, "new-session", "-d", "-s", self.name, "-x", "160", "-y", "60",
                        console, "--kernel", KERNEL], check=True, env=dict(os.environ, TERM="xterm-256color"))
        self.wait_for("In [1]:")

    def tearDown(self):
        # Ctrl-D on an empty prompt quits the console, which shuts its kernel down (killing the
        # terminal would leave the kernel running).
        self.keys("C-d")
        self.wait_for("Do you really want to exit")
        self.type_line("y")
        deadline = time.time() + TIMEOUT
        while time.time() < deadline and subprocess.run(["tmux", "-L", self.name, "has-session", "-t", self.name],
                                                        stderr=subprocess.DEVNULL).returncode == 0:
            time.sleep(0.1)
        subprocess.run(["tmux", "-L", self.name, "kill-server"], stderr=subprocess.DEVNULL)

    def screen(self):
        return subprocess.run(["tmux", "-L", self.name, "capture-pane", "-p", "-t", self.name, "-S", "-200"],
                              capture_output=True, text=True).stdout

    def wait_for(self, text):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        self.fail(f"{text!r} did not appear on the console; the screen:\n{self.screen()}")

    def keys(self, *keys):
        subprocess.run(["tmux", "-L", self.name, "send-keys", "-t", self.name, *keys], check=True)

    def type_line(self, text):
        self.keys("-l", text)
        self.keys("Enter")

    def test_session(self):
        # Enter after the def line continues the block (the kernel says incomplete, indent 4);
        # Enter on the empty indented line ends it.
        self.type_line("def square(x):")
        self.type_line("return x * x")
        self.keys("Enter")
        self.wait_for("In [2]:")
        self.type_line("kept = square(7)")
        self.wait_for("In [3]:")
        self.type_line("import matplotlib.pyplot as plt; plt.plot([1, 4, 9]); plt.show()")
        screen = self.wait_for("In [4]:")
        self.assertNotIn("Error", screen)
        self.type_line("while True: pass")
        time.sleep(1.5)
        self.keys("C-c")
        screen = self.wait_for("KeyboardInterrupt")
        self.wait_for("In [5]:")
        self.type_line("kept + 1")
        screen = self.wait_for("Out[5]: 50")
        self.assertNotIn("IndentationError", screen)


class ConsoleExitTests(ConsoleTests):
    """`exit()` typed in the console ends it (the kernel's `ask_exit` payload), and the console
    shuts its kernel down on the way out."""

    def tearDown(self):
        subprocess.run(["tmux", "-L", self.name, "kill-server"], stderr=subprocess.DEVNULL)

    def test_session(self):
        self.type_line("exit()")
        deadline = time.time() + TIMEOUT
        while time.time() < deadline and subprocess.run(["tmux", "-L", self.name, "has-session", "-t", self.name],
                                                        stderr=subprocess.DEVNULL).returncode == 0:
            time.sleep(0.1)
        self.assertNotEqual(subprocess.run(["tmux", "-L", self.name, "has-session", "-t", self.name],
                                           stderr=subprocess.DEVNULL).returncode, 0,
                            "the console is still running after exit(); the screen:\n" + self.screen())


if __name__ == "__main__":
    unittest.main()
