"""Jupyter kernel latency, Tessera against ipykernel, in one run on one machine (run by
Scripts/bench-jupyter, which installs the Tessera kernelspec into a temporary data directory).

  start_to_ready  from starting the kernel process to its reply to a kernel_info request sent
                  right away (what a front end waits for before the first cell), median of
                  --starts runs
  roundtrip_1+1   execute_request "1+1" to its execute_reply and the idle status after it,
                  median of --trips runs after warm-up

Prints one line per measurement and kernel, then the ratios (tessera / ipykernel).
"""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager


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
    args = parser.parse_args()
    results = {}
    for name in (args.tessera_kernel, args.reference_kernel):
        starts = [start_to_ready(name) for _ in range(args.starts)]
        results[(name, "start_to_ready")] = statistics.median(starts)
        results[(name, "roundtrip_1+1")] = roundtrips(name, args.trips)
    print(f"{'measurement':<18} {'tessera':>10} {'ipykernel':>10} {'ratio':>8}  target")
    targets = {"start_to_ready": ("<= 0.1x (10x faster)", 0.1), "roundtrip_1+1": ("<= 1x (no slower)", 1.0)}
    for what in ("start_to_ready", "roundtrip_1+1"):
        mine, theirs = results[(args.tessera_kernel, what)], results[(args.reference_kernel, what)]
        ratio = mine / theirs
        label, limit = targets[what]
        print(f"{what:<18} {mine * 1000:>8.2f}ms {theirs * 1000:>8.2f}ms {ratio:>7.3f}x  {label}: {'met' if ratio <= limit else 'NOT met'}")


if __name__ == "__main__":
    main()
