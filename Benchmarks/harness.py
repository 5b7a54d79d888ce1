# The timing harness every workload file of Benchmarks/ shares: command-line options and
# `bench`, which times a workload (one warm-up, then the median of several repeats) and prints
# `name seconds` plus a `# check name VALUE` line with which Scripts/bench verifies that every
# side computed the same result, or `name error MESSAGE`. Runs under `tessera` and CPython alike
# (the workload file's folder is on the module search path of both).
#
# Options the workload files take: --quick (fewer repeats), --repeat N, --only NAME.
import sys
import time


def arg_value(flag, default):
    if flag in sys.argv:
        i = sys.argv.index(flag)
        if i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return default


QUICK = "--quick" in sys.argv
REPEAT = int(arg_value("--repeat", "0"))
ONLY = arg_value("--only", "")


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


def make_bench(checksum):
    """The `bench` of a workload file whose results `checksum` turns into comparable text."""

    def bench(name, fn, repeat=7, quick_repeat=3, warmup=1, number=1):
        # Each timed repeat calls fn `number` times; the reported time is per call.
        if ONLY and ONLY not in name:
            return
        n = REPEAT if REPEAT > 0 else (quick_repeat if QUICK else repeat)
        try:
            result = None
            for _ in range(warmup):
                result = fn()
            times = []
            for _ in range(n):
                t0 = time.perf_counter()
                for _ in range(number):
                    result = fn()
                times.append((time.perf_counter() - t0) / number)
            check = checksum(result)
        except Exception as e:
            message = (type(e).__name__ + ": " + str(e)).replace("\n", " ")
            print(name + " error " + message, flush=True)
            return
        print("# check " + name + " " + check)
        print(name + " " + ("%.9f" % median(times)), flush=True)

    return bench
