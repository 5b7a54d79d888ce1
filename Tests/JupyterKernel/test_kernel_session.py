"""The kernel's session behaviour beyond the conformance suite: updatable displays on iopub and
in a notebook run by nbclient, get_ipython(), the `page` and `ask_exit` payloads, is_complete's
`invalid` against ipykernel's answers, comm_open, the workspace across a restart, shutdown while
a cell runs, and the kernel ending when its front end is killed.

Run by Scripts/test-kernel. is_complete_reference.json holds ipykernel's answers, written by
Scripts/gen-is-complete-reference.py.
"""
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import unittest
import uuid

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager, start_new_kernel
from nbclient import NotebookClient

KERNEL = os.environ.get("TESSERA_KERNEL_NAME", "tessera")
TIMEOUT = 30
HERE = os.path.dirname(os.path.abspath(__file__))


def run_cell(kc, code, **kwargs):
    """Executes code; returns (reply content, iopub messages of this request up to idle)."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=TIMEOUT, output_hook=outputs.append, **kwargs)
    return reply["content"], outputs


def listening_socket_inodes(ports):
    """The inodes of the TCP sockets listening on these ports (state 0A in /proc/net/tcp*)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) in ports:
                    inodes.add(fields[9])
    return inodes


class SessionTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def test_display_updates_carry_the_same_display_id(self):
        content, outputs = run_cell(self.kc, textwrap.dedent("""\
            from IPython.display import display, HTML
            handle = display(HTML('<b>0%</b>'), display_id=True)
            for percent in (50, 100):
                handle.update(HTML(f'<b>{percent}%</b>'))
            print(handle.display_id == handle.display_id.lower(), len(handle.display_id))
            """))
        self.assertEqual(content["status"], "ok", content)
        shown = [m for m in outputs if m["msg_type"] in ("display_data", "update_display_data")]
        self.assertEqual([m["msg_type"] for m in shown], ["display_data", "update_display_data", "update_display_data"])
        ids = {m["content"]["transient"]["display_id"] for m in shown}
        self.assertEqual(len(ids), 1, shown)
        self.assertEqual([m["content"]["data"]["text/html"] for m in shown], ["<b>0%</b>", "<b>50%</b>", "<b>100%</b>"])
        self.assertEqual(shown[0]["content"]["data"]["text/plain"], "<IPython.core.display.HTML object>")
        streams = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
        self.assertEqual(streams, ["True 32\n"])

    def test_an_update_from_a_later_cell_names_the_earlier_display(self):
        _, first = run_cell(self.kc, "h = display('step 1', display_id='progress-xyz')")
        _, second = run_cell(self.kc, "h.update('step 2')")
        self.assertEqual(first[-2]["msg_type"], "display_data")
        self.assertEqual(first[-2]["content"]["transient"], {"display_id": "progress-xyz"})
        updates = [m for m in second if m["msg_type"] == "update_display_data"]
        self.assertEqual(len(updates), 1)
        self.assertEqual(updates[0]["content"]["transient"], {"display_id": "progress-xyz"})
        self.assertEqual(updates[0]["content"]["data"], {"text/plain": "'step 2'"})

    def test_clear_output_message(self):
        _, outputs = run_cell(self.kc, "from IPython.display import clear_output\nclear_output(wait=True)")
        cleared = [m["content"] for m in outputs if m["msg_type"] == "clear_output"]
        self.assertEqual(cleared, [{"wait": True}])

    def test_get_ipython_is_a_zmq_shell_with_a_kernel(self):
        _, outputs = run_cell(self.kc, "import IPython\nshell = IPython.get_ipython()\n"
                                       "print(shell.__class__.__name__, bool(shell.kernel), get_ipython() is shell)")
        streams = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
        self.assertEqual(streams, ["ZMQInteractiveShell True True\n"])

    def test_help_goes_to_the_pager_payload(self):
        content, outputs = run_cell(self.kc, "len?")
        pages = [p for p in content["payload"] if p["source"] == "page"]
        self.assertEqual(len(pages), 1, content["payload"])
        self.assertIn("Return the number of items in a container.", pages[0]["data"]["text/plain"])
        self.assertEqual(pages[0]["start"], 0)
        self.assertEqual([m for m in outputs if m["msg_type"] == "stream"], [])

    def test_is_complete_agrees_with_ipykernel(self):
        with open(os.path.join(HERE, "is_complete_reference.json")) as f:
            reference = json.load(f)["answers"]
        for answer in reference:
            with self.subTest(code=answer["code"]):
                self.kc.is_complete(answer["code"])
                reply = self.kc.get_shell_msg(timeout=TIMEOUT)["content"]
                self.assertEqual(reply["status"], answer["status"])
                if "indent" in answer:
                    self.assertEqual(reply.get("indent"), answer["indent"])

    def test_comm_open_for_an_unknown_target_is_closed(self):
        comm_id = uuid.uuid4().hex
        msg = self.kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget", "data": {}})
        self.kc.shell_channel.send(msg)
        closed = None
        deadline = time.time() + TIMEOUT
        while closed is None and time.time() < deadline:
            message = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if message["msg_type"] == "comm_close" and message["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                closed = message["content"]
        self.assertEqual(closed, {"comm_id": comm_id, "data": {}})

    def test_the_launchers_sockets_and_variable_are_not_passed_on(self):
        # tessera-launch binds the ports and names the sockets to the kernel in an environment
        # variable; the kernel marks them close-on-exec and removes the variable, so neither the
        # cell's os.environ nor a shell command sees the variable, and no shell command holds
        # the kernel's ports.
        content, outputs = run_cell(self.kc, "import os\nprint(os.environ.get('TESSERA_KERNEL_LISTENERS'))\n"
                                             "!printenv TESSERA_KERNEL_LISTENERS || echo unset\n!ls -l /proc/self/fd")
        self.assertEqual(content["status"], "ok", content)
        streams = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
        self.assertTrue(streams.startswith("None\nunset\n"), streams)
        held = set(re.findall(r"socket:\[(\d+)\]", streams))
        ports = {self.km.get_connection_info()[key] for key in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
        listening = listening_socket_inodes(ports)
        self.assertEqual(len(listening), 5, "the kernel's five listening sockets")
        self.assertEqual(held & listening, set())

    def test_the_kernelspec_runs_the_launcher_beside_tessera(self):
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        tessera = os.path.realpath(os.environ["TESSERA_BINARY"])
        self.assertEqual(os.path.realpath(spec.argv[0]), os.path.join(os.path.dirname(tessera), "tessera-launch"))
        self.assertEqual(spec.argv[1:], ["kernel", "-f", "{connection_file}"])

    def test_exit_asks_the_front_end_to_quit(self):
        content, _ = run_cell(self.kc, "exit()")
        self.assertEqual(content["status"], "ok")
        self.assertIn({"source": "ask_exit", "keepkernel": False}, content["payload"])
        # A notebook ignores the payload: the kernel is still there.
        content, _ = run_cell(self.kc, "6 * 7")
        self.assertEqual(content["status"], "ok")


class NotebookDisplayTests(unittest.TestCase):
    def test_nbclient_stores_the_final_state_of_an_updated_display(self):
        notebook = nbformat.v4.new_notebook(cells=[
            nbformat.v4.new_code_cell("from IPython.display import display, Markdown\n"
                                      "bar = display(Markdown('epoch 0'), display_id=True)"),
            nbformat.v4.new_code_cell("for epoch in range(1, 4):\n    bar.update(Markdown(f'epoch {epoch}'))"),
        ])
        NotebookClient(notebook, kernel_name=KERNEL, timeout=TIMEOUT).execute()
        first = notebook.cells[0].outputs
        self.assertEqual(len(first), 1)
        self.assertEqual(first[0]["data"]["text/markdown"], "epoch 3")
        self.assertEqual(notebook.cells[1].outputs, [])


class RestartTests(unittest.TestCase):
    def test_restart_keeps_a_tensor_and_a_trained_model_for_restore(self):
        # Jupyter Server names the notebook in JPY_SESSION_NAME; the workspace is kept per notebook.
        env = dict(os.environ, JPY_SESSION_NAME=f"/tmp/restart-{uuid.uuid4().hex}.ipynb")
        km = KernelManager(kernel_name=KERNEL)
        km.start_kernel(env=env)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            content, _ = run_cell(kc, textwrap.dedent("""\
                import torch
                from torch import nn
                torch.manual_seed(0)
                t = torch.arange(6.).reshape(2, 3)
                model = nn.Linear(3, 1)
                opt = torch.optim.SGD(model.parameters(), lr=0.1)
                for _ in range(20):
                    loss = ((model(t) - torch.tensor([[1.], [2.]])) ** 2).mean()
                    opt.zero_grad(); loss.backward(); opt.step()
                """))
            self.assertEqual(content["status"], "ok", content)
            _, before = run_cell(kc, "print(model.weight.tolist(), model.bias.tolist(), t.sum().item())")
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=TIMEOUT)
            content, outputs = run_cell(kc, "'model' in dir()")
            self.assertEqual([m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"], ["False"])
            notices = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
            self.assertEqual(len(notices), 1, outputs)
            self.assertIn("%restore", notices[0])
            self.assertIn("model", notices[0])
            content, outputs = run_cell(kc, "%restore")
            self.assertEqual(content["status"], "ok", content)
            _, after = run_cell(kc, "print(model.weight.tolist(), model.bias.tolist(), t.sum().item())")
            text = lambda messages: "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")
            self.assertEqual(text(after), text(before))
            _, prediction = run_cell(kc, "print(type(model).__name__, model(t).shape)")
            self.assertEqual(text(prediction), "Linear torch.Size([2, 1])\n")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


class LifetimeTests(unittest.TestCase):
    def test_shutdown_while_a_cell_runs_replies_to_the_cell_and_exits(self):
        km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
        try:
            msg_id = kc.execute("while True: pass")
            time.sleep(0.5)
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            replies = {}
            deadline = time.time() + TIMEOUT
            while len(replies) < 2 and time.time() < deadline:
                try:
                    reply = kc.get_control_msg(timeout=0.2)
                    replies["shutdown"] = reply["content"]
                except Exception:
                    pass
                try:
                    reply = kc.get_shell_msg(timeout=0.2)
                    if reply["parent_header"].get("msg_id") == msg_id:
                        replies["execute"] = reply["content"]
                except Exception:
                    pass
            self.assertEqual(replies["shutdown"]["status"], "ok")
            self.assertEqual(replies["execute"]["status"], "error")
            self.assertEqual(replies["execute"]["ename"], "KeyboardInterrupt")
            process = km.provisioner.process
            self.assertEqual(process.wait(timeout=TIMEOUT), 0)
        finally:
            kc.stop_channels()
            km.cleanup_resources()

    def test_killing_the_front_end_ends_the_kernel(self):
        # A front end (this script) starts the kernel and is killed; the kernel notices its
        # parent is gone (JPY_PARENT_PID, as ipykernel watches it) and exits.
        front_end = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""\
            import sys, time
            from jupyter_client.manager import start_new_kernel
            km, kc = start_new_kernel(kernel_name={KERNEL!r}, startup_timeout={TIMEOUT})
            print(km.provisioner.process.pid, flush=True)
            time.sleep(600)
            """)], stdout=subprocess.PIPE, text=True)
        kernel_pid = int(front_end.stdout.readline())
        self.assertTrue(alive(kernel_pid))
        front_end.send_signal(signal.SIGKILL)
        front_end.wait()
        front_end.stdout.close()
        deadline = time.time() + TIMEOUT
        while alive(kernel_pid) and time.time() < deadline:
            time.sleep(0.1)
        if alive(kernel_pid):
            os.kill(kernel_pid, signal.SIGKILL)
            self.fail("the kernel outlived its front end")


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


if __name__ == "__main__":
    unittest.main()
