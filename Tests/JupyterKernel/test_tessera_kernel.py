"""The protocol conformance suite (jupyter_kernel_test, from PyPI) against the installed
Tessera kernelspec, plus the checks it does not make: signatures, interrupts, input(),
stop_on_error, rich output and the kernelspec itself.

Run by Scripts/test-kernel (after the release build), which installs the kernelspec into a
temporary JUPYTER_DATA_DIR pointing at .build/release/tessera.
"""
import re
import base64
import json
import os
import subprocess
import time
import unittest

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel

KERNEL = os.environ.get("TESSERA_KERNEL_NAME", "tessera")
TIMEOUT = 30


class TesseraKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('oops', file=sys.stderr)"
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "pri", "matches": {"print"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):", "x = [1,"]
    code_generate_error = "raise ValueError('boom')"
    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "[n*n for n in range(4)]", "result": "[0, 1, 4, 9]"},
        {"code": "'a' * 3", "result": "'aaa'"},
    ]
    code_display_data = [
        {"code": "display(5)", "mime": "text/plain"},
        {"code": "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()", "mime": "image/png"},
    ]
    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "zip"
    code_clear_output = "from IPython.display import clear_output\nclear_output()"
    code_page_something = "zip?"


class TesseraWelcomeTests(jupyter_kernel_test.IopubWelcomeTests):
    kernel_name = KERNEL
    support_iopub_welcome = True


class KernelBehaviourTests(unittest.TestCase):
    """What front ends rely on beyond the conformance suite."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def run_cell(self, code, **kwargs):
        """Executes code; returns (reply content, iopub messages of this request up to idle)."""
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=TIMEOUT, output_hook=outputs.append, **kwargs)
        return reply["content"], outputs

    def test_status_sequence_and_execution_count(self):
        content, outputs = self.run_cell("x = 41\nx + 1")
        kinds = [m["msg_type"] for m in outputs]
        self.assertEqual(kinds[0], "status")
        self.assertEqual(outputs[0]["content"]["execution_state"], "busy")
        self.assertEqual(kinds[1], "execute_input")
        self.assertIn("execute_result", kinds)
        self.assertEqual(kinds[-1], "status")
        self.assertEqual(outputs[-1]["content"]["execution_state"], "idle")
        result = next(m for m in outputs if m["msg_type"] == "execute_result")
        self.assertEqual(result["content"]["data"]["text/plain"], "42")
        self.assertEqual(result["content"]["execution_count"], content["execution_count"])
        self.assertEqual(outputs[1]["content"]["execution_count"], content["execution_count"])

    def test_stdout_is_coalesced_and_ordered_before_display(self):
        code = "for i in range(2000):\n    print(i)\ndisplay('after')\nprint('end')"
        content, outputs = self.run_cell(code)
        self.assertEqual(content["status"], "ok")
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        # 2000 prints become a handful of messages, not 2000.
        self.assertLess(len(streams), 50)
        kinds = [m["msg_type"] for m in outputs if m["msg_type"] in ("stream", "display_data")]
        text_before = "".join(m["content"]["text"] for m in outputs[: [m["msg_type"] for m in outputs].index("display_data")]
                              if m["msg_type"] == "stream")
        self.assertEqual(text_before, "".join(f"{i}\n" for i in range(2000)))
        self.assertEqual(kinds[-1], "stream")
        self.assertEqual(streams[-1]["content"]["text"], "end\n")

    def test_stdout_is_live_while_the_cell_runs(self):
        # Coalescing holds text briefly, never until the cell ends.
        msg_id = self.kc.execute("print('early')\nimport time\ntime.sleep(1.5)")
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                break
        self.assertEqual(msg["content"]["text"], "early\n")
        self.assertFalse(self.kc.shell_channel.msg_ready())
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok")

    def test_png_output_decodes(self):
        content, outputs = self.run_cell("import matplotlib.pyplot as plt\nplt.plot([3, 1, 2])\nplt.show()")
        pngs = [m["content"]["data"]["image/png"] for m in outputs if m["msg_type"] == "display_data"]
        self.assertEqual(len(pngs), 1)
        self.assertTrue(base64.b64decode(pngs[0]).startswith(b"\x89PNG\r\n\x1a\n"))

    def test_repr_html_gives_text_html(self):
        content, outputs = self.run_cell(
            "class Table:\n    def _repr_html_(self):\n        return '<table><tr><td>1</td></tr></table>'\n"
            "    def __repr__(self):\n        return 'Table()'\nTable()")
        result = next(m for m in outputs if m["msg_type"] == "execute_result")
        self.assertEqual(result["content"]["data"]["text/html"], "<table><tr><td>1</td></tr></table>")
        self.assertEqual(result["content"]["data"]["text/plain"], "Table()")

    def test_error_reply_and_traceback(self):
        content, outputs = self.run_cell("def f():\n    return 1 / 0\nf()")
        self.assertEqual(content["status"], "error")
        self.assertEqual(content["ename"], "ZeroDivisionError")
        self.assertEqual(content["evalue"], "division by zero")
        self.assertEqual(content["traceback"][-1], "ZeroDivisionError: division by zero")
        errors = [m for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)

    def test_stop_on_error_aborts_queued_cells(self):
        # The failing cell runs a moment, so the second request is surely queued behind it.
        self.kc.execute("import time\ntime.sleep(0.5)\nraise RuntimeError('first')")
        queued = self.kc.execute("aborted_cell_ran = True")
        replies = {}
        while len(replies) < 2:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            replies[msg["parent_header"]["msg_id"]] = msg["content"]["status"]
        self.assertEqual(replies[queued], "aborted")
        self.assertIn("error", replies.values())
        content, outputs = self.run_cell("'aborted_cell_ran' in globals()")
        result = next(m for m in outputs if m["msg_type"] == "execute_result")
        self.assertEqual(result["content"]["data"]["text/plain"], "False")

    def test_interrupt_request_raises_keyboard_interrupt_and_keeps_variables(self):
        self.run_cell("kept = 'still here'")
        msg_id = self.kc.execute("while True: pass")
        time.sleep(0.5)
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "KeyboardInterrupt")
        content, outputs = self.run_cell("kept")
        result = next((m for m in outputs if m["msg_type"] == "execute_result"), None)
        self.assertIsNotNone(result, (content, outputs))
        self.assertEqual(result["content"]["data"]["text/plain"], "'still here'")

    def test_interrupt_request_message_on_control(self):
        # Message mode (what a front end without signals, or a remote one, sends).
        self.run_cell("counter = 0")
        msg_id = self.kc.execute("while True: counter += 1")
        time.sleep(0.5)
        request = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(request)
        control_reply = self.kc.control_channel.get_msg(timeout=TIMEOUT)
        self.assertEqual(control_reply["msg_type"], "interrupt_reply")
        self.assertEqual(control_reply["content"]["status"], "ok")
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["ename"], "KeyboardInterrupt")
        content, outputs = self.run_cell("counter > 0")
        result = next((m for m in outputs if m["msg_type"] == "execute_result"), None)
        self.assertIsNotNone(result, (content, outputs))
        self.assertEqual(result["content"]["data"]["text/plain"], "True")

    def test_kernel_info_on_control_while_busy(self):
        # Control is answered at once, even while a cell runs (front ends poll it).
        msg_id = self.kc.execute("import time\ntime.sleep(1.5)")
        time.sleep(0.2)
        request = self.kc.session.msg("kernel_info_request", {})
        self.kc.control_channel.send(request)
        info = self.kc.control_channel.get_msg(timeout=TIMEOUT)
        self.assertEqual(info["msg_type"], "kernel_info_reply")
        self.assertEqual(info["content"]["protocol_version"], "5.3")
        # Answered while the cell still sleeps: its execute_reply has not come yet.
        self.assertFalse(self.kc.shell_channel.msg_ready())
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)

    def test_interrupt_while_idle_is_ignored(self):
        self.km.interrupt_kernel()
        time.sleep(0.3)
        content, outputs = self.run_cell("sum(range(100000))")
        self.assertEqual(content["status"], "ok")
        self.assertTrue(self.km.is_alive())

    def test_input_request(self):
        answers = []

        def stdin_hook(msg):
            answers.append(msg["content"]["prompt"])
            self.kc.input("forty-two")

        outputs = []
        reply = self.kc.execute_interactive("name = input('who? ')\nname.upper()", timeout=TIMEOUT, allow_stdin=True,
                                            stdin_hook=stdin_hook, output_hook=outputs.append)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(answers, ["who? "])
        result = next(m for m in outputs if m["msg_type"] == "execute_result")
        self.assertEqual(result["content"]["data"]["text/plain"], "'FORTY-TWO'")

    def test_input_without_stdin_is_an_error_not_a_hang(self):
        content, outputs = self.run_cell("input('x')", allow_stdin=False)
        self.assertEqual(content["status"], "error")
        self.assertEqual(content["ename"], "EOFError")

    def test_inspect_shows_tensor_shape_and_dtype(self):
        self.run_cell("import torch\nt = torch.zeros(2, 3)")
        msg_id = self.kc.inspect("t", 1)
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertTrue(reply["content"]["found"])
        lines = reply["content"]["data"]["text/plain"].splitlines()
        # The %whos columns of a tensor, after the `obj?` fields.
        self.assertIn("dtype: torch.float32", lines)
        self.assertIn("shape: (2, 3)", lines)
        self.assertTrue(any(re.fullmatch(r"Type:\s+Tensor", line) for line in lines), lines)

    def test_complete_cursor_positions(self):
        self.run_cell("long_variable_name = 1")
        code = "x = long_var"
        msg_id = self.kc.complete(code, len(code))
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["matches"], ["long_variable_name"])
        self.assertEqual(reply["content"]["cursor_start"], 4)
        self.assertEqual(reply["content"]["cursor_end"], len(code))

    def test_is_complete_indent(self):
        self.kc.is_complete("for i in range(3):")
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "incomplete")
        self.assertEqual(reply["content"]["indent"], "    ")

    def test_comm_info_is_empty(self):
        self.kc.comm_info()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"], {"status": "ok", "comms": {}})


class RestartTests(unittest.TestCase):
    def test_restart_gives_a_fresh_kernel(self):
        km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
        try:
            kc.execute_interactive("before_restart = 1", timeout=TIMEOUT)
            old_pid = km.provisioner.process.pid
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=TIMEOUT)
            self.assertNotEqual(km.provisioner.process.pid, old_pid)
            outputs = []
            reply = kc.execute_interactive("'before_restart' in globals()", timeout=TIMEOUT, output_hook=outputs.append)
            self.assertEqual(reply["content"]["status"], "ok")
            result = next(m for m in outputs if m["msg_type"] == "execute_result")
            self.assertEqual(result["content"]["data"]["text/plain"], "False")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)


class SignatureTests(unittest.TestCase):
    """A message signed with the wrong key is dropped (and logged); the kernel carries on."""

    def test_bad_signature_is_rejected(self):
        km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
        try:
            good_key = kc.session.key
            kc.session.key = b"not-the-key"
            kc.execute("1+1")
            with self.assertRaises(Exception):
                kc.get_shell_msg(timeout=2)
            kc.session.key = good_key
            reply = kc.execute_interactive("1+1", timeout=TIMEOUT)
            self.assertEqual(reply["content"]["status"], "ok")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)


class KernelSpecTests(unittest.TestCase):
    def test_kernelspec_is_listed(self):
        listed = json.loads(subprocess.run(["jupyter", "kernelspec", "list", "--json"], capture_output=True,
                                           text=True, check=True).stdout)
        spec = listed["kernelspecs"][KERNEL]
        self.assertEqual(spec["spec"]["display_name"], "Tessera")
        self.assertEqual(spec["spec"]["language"], "python")
        self.assertEqual(spec["spec"]["interrupt_mode"], "signal")
        argv = spec["spec"]["argv"]
        self.assertTrue(os.path.isabs(argv[0]))
        self.assertEqual(argv[1:], ["kernel", "-f", "{connection_file}"])
        for size in (32, 64):
            with open(os.path.join(spec["resource_dir"], f"logo-{size}x{size}.png"), "rb") as f:
                data = f.read()
            self.assertTrue(data.startswith(b"\x89PNG\r\n\x1a\n"))
            self.assertEqual(int.from_bytes(data[16:20], "big"), size)
            self.assertEqual(int.from_bytes(data[20:24], "big"), size)


if __name__ == "__main__":
    unittest.main()
