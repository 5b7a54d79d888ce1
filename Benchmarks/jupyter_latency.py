"""Jupyter kernel latency, Tessera against ipykernel, in one run on one machine (run by
Scripts/bench-jupyter, which installs the Tessera kernelspec into a temporary data directory).

  start_to_ready  from starting the kernel process to its reply to a kernel_info request sent
                  right away (what a front end waits for before the first cell), median of
                  --starts runs
  start_to_listening  from launching the kernelspec's command to its shell socket accepting
                  connections (the kernel's own share of start_to_ready)
  roundtrip_1+1   execute_request "1+1" to its execute_reply and the idle status after it,
                  median of --trips runs after warm-up

With --floor-kernel (Scripts/bench-jupyter builds Benchmarks/echo_kernel.c and installs it as
`echo-floor`), the start measurements are also taken for a kernel that does nothing but bind its
sockets and answer kernel_info: the floor jupyter_client and ZeroMQ set for any kernel.

Prints one line per measurement and kernel, then the ratios (tessera / ipykernel); with --json FILE
also writes the medians there (Scripts/bench reads them for its jupyter.* rows).
"""
import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_to_listening(name):
    """The kernel's own share of start-up: from launching its kernelspec's argv to its shell
    socket accepting connections (a front end's first requests wait for the rest of
    start_to_ready in jupyter_client and ZeroMQ's 100 ms reconnect interval)."""
    spec = KernelSpecManager().get_kernel_spec(name)
    ports = {key: free_port() for key in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
    connection = dict(ports, ip="127.0.0.1", key="bench", transport="tcp", signature_scheme="hmac-sha256")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(connection, f)
    argv = [arg.replace("{connection_file}", f.name) for arg in spec.argv]
    # As jupyter_client does: a kernelspec's bare `python` means this interpreter.
    if argv[0] in ("python", "python3"):
        argv[0] = sys.executable
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        with socket.socket() as s:
            try:
                s.connect(("127.0.0.1", ports["shell_port"]))
                break
            except OSError:
                if process.poll() is not None or time.perf_counter() - started > 60:
                    raise RuntimeError(f"kernel {name} did not listen: {argv}")
                time.sleep(0.0005)
    elapsed = time.perf_counter() - started
    process.terminate()
    process.wait()
    os.unlink(f.name)
    return elapsed


def start_to_ready(name):
    """Start to the first kernel_info reply. (jupyter_client's wait_for_ready is not used: it
    adds a fixed 0.2 s of waiting for iopub to fall quiet, the same for every kernel.) The
    request is sent at once; ZeroMQ delivers it when the kernel has bound its shell socket."""
    km = KernelManager(kernel_name=name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    elapsed = time.perf_counter() - started
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def roundtrips(name, count):
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    times = []
    for i in range(count + 5):
        started = time.perf_counter()
        reply = kc.execute_interactive("1+1", timeout=30, output_hook=lambda msg: None)
        elapsed = time.perf_counter() - started
        assert reply["content"]["status"] == "ok", reply
        if i >= 5:
            times.append(elapsed)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--trips", type=int, default=100)
    parser.add_argument("--tessera-kernel", default="tessera")
    parser.add_argument("--reference-kernel", default="python3")
    parser.add_argument("--floor-kernel", default=None)
    parser.add_argument("--json", metavar="FILE", help="also write the medians (seconds) as JSON: {kernel: {measurement: s}}")
    args = parser.parse_args()
    results = {}
    kernels = [args.tessera_kernel, args.reference_kernel] + ([args.floor_kernel] if args.floor_kernel else [])
    for name in kernels:
        results[(name, "start_to_listening")] = statistics.median(start_to_listening(name) for _ in range(args.starts))
        starts = [start_to_ready(name) for _ in range(args.starts)]
        results[(name, "start_to_ready")] = statistics.median(starts)
        if name != args.floor_kernel:
            results[(name, "roundtrip_1+1")] = roundtrips(name, args.trips)
    if args.json:
        table = {}
        for (name, what), seconds in results.items():
            table.setdefault(name, {})[what] = seconds
        with open(args.json, "w") as f:
            json.dump(table, f)
    if args.floor_kernel:
        print(f"floor (a kernel that only binds and answers kernel_info): listening "
              f"{results[(args.floor_kernel, 'start_to_listening')] * 1000:.2f}ms, ready "
              f"{results[(args.floor_kernel, 'start_to_ready')] * 1000:.2f}ms")
    print(f"{'measurement':<18} {'tessera':>10} {'ipykernel':>10} {'ratio':>8}  target")
    targets = {"start_to_ready": ("<= 0.1x (10x faster)", 0.1), "roundtrip_1+1": ("<= 1x (no slower)", 1.0),
               "start_to_listening": ("(info: the kernel's own share)", None)}
    for what in ("start_to_listening", "start_to_ready", "roundtrip_1+1"):
        mine, theirs = results[(args.tessera_kernel, what)], results[(args.reference_kernel, what)]
        ratio = mine / theirs
        label, limit = targets[what]
        verdict = "" if limit is None else (": met" if ratio <= limit else ": NOT met")
        print(f"{what:<18} {mine * 1000:>8.2f}ms {theirs * 1000:>8.2f}ms {ratio:>7.3f}x  {label}{verdict}")


if __name__ == "__main__":
    main()
