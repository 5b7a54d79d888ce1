# String workloads: search, split, replace, strip, join, in-place append, case mapping, str(i),
# on ASCII and on non-ASCII text. Runs unchanged under `tessera` and `python3`.
#
#   tessera Benchmarks/strings.py [--quick] [--repeat N] [--only NAME]
#
# Prints one line `name seconds` per workload (the median of the timed repeats, after one
# warm-up run) and `# check name VALUE` lines that Scripts/bench compares across interpreters.
from harness import make_bench


def checksum(result):
    return repr(result)


bench = make_bench(checksum)

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
ASCII_TEXT = " ".join(WORDS[(i * 7) % 10] + str(i % 97) for i in range(20000))
UNICODE_TEXT = " ".join(["caf\u00e9", "na\u00efve", "\u00fcber", "stra\u00dfe", "\U0001F600", "e\u0301t\u00e9"][i % 6] + str(i % 89)
                        for i in range(20000))
PADDED = "   \t " + ASCII_TEXT + " \n  "


def contains_loop():
    hits = 0
    for i in range(2000):
        if ("theta%d" % (i % 120)) in ASCII_TEXT:
            hits += 1
    return hits


def find_loop():
    total = 0
    for i in range(2000):
        total += ASCII_TEXT.find("kappa%d" % (i % 97))
    return total


def find_unicode_loop():
    total = 0
    for i in range(2000):
        total += UNICODE_TEXT.find("\u00fcber%d" % (i % 89))
    return total


def count_loop():
    total = 0
    for _ in range(200):
        total += ASCII_TEXT.count("ta") + ASCII_TEXT.count(" ")
    return total


def replace_loop():
    total = 0
    for _ in range(100):
        total += len(ASCII_TEXT.replace("eta", "ETA!"))
    return total


def split_whitespace_loop():
    total = 0
    for _ in range(100):
        total += len(ASCII_TEXT.split())
    return total


def split_separator_loop():
    total = 0
    for _ in range(100):
        total += len(UNICODE_TEXT.split(" "))
    return total


def strip_loop():
    total = 0
    for _ in range(20000):
        total += len(PADDED.strip()) + len(ASCII_TEXT.strip())
    return total


def append_loop():
    s = ""
    for i in range(200000):
        s += "ab"
    return len(s)


def join_loop():
    parts = [WORDS[i % 10] for i in range(100000)]
    total = 0
    for _ in range(20):
        total += len(",".join(parts))
    return total


def case_loop():
    total = 0
    for _ in range(100):
        total += len(ASCII_TEXT.upper()) + len(UNICODE_TEXT.lower())
    return total


def str_of_int_loop():
    total = 0
    for i in range(200000):
        total += len(str(i))
    return total


def iterate_chars_loop():
    vowels = 0
    for _ in range(5):
        for c in UNICODE_TEXT:
            if c in "aeiou":
                vowels += 1
    return vowels


def compare_sort():
    words = UNICODE_TEXT.split(" ") + ASCII_TEXT.split(" ")
    return sorted(words)[::5000]


def dict_keys_loop():
    counts = {}
    for w in UNICODE_TEXT.split(" "):
        counts[w] = counts.get(w, 0) + 1
    return len(counts)


bench("str.contains_2k", contains_loop)
bench("str.find_2k", find_loop)
bench("str.find_unicode_2k", find_unicode_loop)
bench("str.count_400", count_loop)
bench("str.replace_100", replace_loop)
bench("str.split_ws_100", split_whitespace_loop)
bench("str.split_sep_unicode_100", split_separator_loop)
bench("str.strip_40k", strip_loop)
bench("str.append_200k", append_loop)
bench("str.join_100k_x20", join_loop)
bench("str.upper_lower_100", case_loop)
bench("str.str_of_int_200k", str_of_int_loop)
bench("str.iterate_unicode_x5", iterate_chars_loop)
bench("str.sort_unicode_40k", compare_sort)
bench("str.dict_keys_20k", dict_keys_loop)
