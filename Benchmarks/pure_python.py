# Pure-Python workloads: the interpreter's speed on calls, loops, comprehensions,
# method calls, dicts and f-strings. Runs unchanged under `tessera` and `python3`.
#
#   tessera Benchmarks/pure_python.py [--quick] [--repeat N] [--only NAME]
#
# Prints one line `name seconds` per workload (the median of the timed repeats, after one
# warm-up run), `name error MESSAGE` when a workload raises, and `# check name VALUE` lines that
# Scripts/bench compares across interpreters.
from harness import make_bench


def checksum(result):
    return repr(result)


bench = make_bench(checksum)


# --- the workloads --------------------------------------------------------------------------

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib25():
    return fib(25)


def nested_loop():
    total = 0
    for i in range(1000):
        for j in range(1000):
            total += (i * j + 3) % 7 - j // 5
    return total


def list_comprehension():
    xs = [i * 2 + 1 for i in range(200000) if i % 3 != 1]
    return len(xs) + xs[-1]


class Accumulator:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def add(self, k):
        self.total += k
        self.calls += 1
        return self.total


def method_calls():
    acc = Accumulator()
    for i in range(300000):
        acc.add(i)
    return acc.total + acc.calls


def dict_updates():
    d = {}
    for i in range(200000):
        k = i % 5003
        d[k] = d.get(k, 0) + i
    return len(d) + d[17]


def fstring_builds():
    out = []
    name = "x"
    for i in range(100000):
        out.append(f"{name}[{i}] = {i * 0.5:.2f} ({i % 7!r})")
    return len(out) + len(out[-1])


bench("py.fib25", fib25)
bench("py.nested_loop_1000x1000", nested_loop)
bench("py.listcomp_200k", list_comprehension)
bench("py.method_calls_300k", method_calls)
bench("py.dict_updates_200k", dict_updates)
bench("py.fstring_100k", fstring_builds)
