# Broad pure-Python workloads, part 1: what a learner's own code does on the first day --
# exceptions, builtin types and functions called in loops, calls of every shape. Runs unchanged
# under `tessera` and `python3`; each workload is small (a few milliseconds under CPython) and
# prints a `# check` value both sides must agree on. Part 2 (classes, comprehensions, generators,
# strings) is pure_python_classes.py, part 3 (the standard library) pure_python_stdlib.py.
#
#   tessera Benchmarks/pure_python_broad.py [--quick] [--repeat N] [--only NAME]
from harness import make_bench


def checksum(result):
    return repr(result)


bench = make_bench(checksum)
N = 20000


# --- exceptions -----------------------------------------------------------------------------

def name_error_caught():
    n = 0
    for i in range(N):
        try:
            undefined_name_here
        except NameError:
            n += 1
    return n


class Plain:
    def __init__(self):
        self.a = 1


def attribute_error_caught():
    p = Plain()
    n = 0
    for i in range(N):
        try:
            p.missing
        except AttributeError:
            n += 1
    return n


def raise_value_error_caught():
    n = 0
    for i in range(N):
        try:
            raise ValueError(i)
        except ValueError as e:
            n += e.args[0] & 1
    return n


def key_error_caught():
    d = {1: 2}
    n = 0
    for i in range(N):
        try:
            d[i]
        except KeyError:
            n += 1
    return n


def int_parse_error_caught():
    n = 0
    for i in range(N // 4):
        try:
            int("x%d" % i)
        except ValueError:
            n += 1
    return n


def try_no_raise():
    n = 0
    for i in range(N * 5):
        try:
            n += i
        except ValueError:
            n -= 1
    return n


def try_finally():
    n = 0
    for i in range(N * 5):
        try:
            n += i
        finally:
            n += 1
    return n


def hasattr_miss():
    p = Plain()
    return sum(1 for i in range(N) if not hasattr(p, "nope"))


def hasattr_hit():
    p = Plain()
    return sum(1 for i in range(N) if hasattr(p, "a"))


def getattr_default_miss():
    p = Plain()
    return sum(getattr(p, "nope", 2) for i in range(N))


def getattr_hit():
    p = Plain()
    return sum(getattr(p, "a") for i in range(N))


class Raises:
    @property
    def bad(self):
        raise AttributeError("bad")


def hasattr_property_raises():
    r = Raises()
    return sum(1 for i in range(N // 2) if not hasattr(r, "bad"))


# --- builtin types called as functions ------------------------------------------------------

def call_str_int():
    return sum(len(str(i)) for i in range(N))


def call_repr_int():
    return sum(len(repr(i)) for i in range(N))


def call_float_int():
    t = 0.0
    for i in range(N):
        t += float(i)
    return t


def call_int_str():
    strs = [str(i) for i in range(1000)]
    t = 0
    for _ in range(N // 1000):
        for s in strs:
            t += int(s)
    return t


def call_int_float():
    t = 0
    for i in range(N):
        t += int(i * 0.5)
    return t


def call_float_str():
    strs = [str(i) + ".5" for i in range(1000)]
    t = 0.0
    for _ in range(N // 1000):
        for s in strs:
            t += float(s)
    return t


def call_bool():
    return sum(1 for i in range(N) if bool(i % 3))


def call_tuple_list():
    l = [1, 2, 3, 4, 5]
    return sum(len(tuple(l)) for i in range(N))


def call_list_tuple():
    t = (1, 2, 3, 4, 5)
    return sum(len(list(t)) for i in range(N))


def call_set_list():
    l = [1, 2, 3, 2, 1]
    return sum(len(set(l)) for i in range(N))


def call_frozenset():
    l = [1, 2, 3, 2, 1]
    return sum(len(frozenset(l)) for i in range(N))


def call_dict_kwargs():
    return sum(len(dict(a=1, b=i)) for i in range(N))


def call_dict_empty():
    return sum(len(dict()) + len(list()) + len(tuple()) for i in range(N))


def call_dict_pairs():
    pairs = [(i, i * 2) for i in range(20)]
    return sum(len(dict(pairs)) for i in range(N // 10))


def call_dict_zip():
    ks = list(range(20))
    vs = list(range(20, 40))
    return sum(len(dict(zip(ks, vs))) for i in range(N // 10))


def dict_update_pairs():
    pairs = [(i, i * 2) for i in range(20)]
    d = {}
    for i in range(N // 10):
        d.update(pairs)
    return len(d)


def dict_update_dict():
    other = {i: i for i in range(20)}
    d = {}
    for i in range(N // 10):
        d.update(other)
        d.update(x=i)
    return len(d) + d["x"]


def call_range_len():
    return sum(len(range(i)) for i in range(N))


def call_object():
    return sum(1 for i in range(N) if object() is not None)


def call_enumerate_zip():
    a = [1, 2, 3]
    t = 0
    for i in range(N // 2):
        for j, x in enumerate(a):
            t += j * x
        for x, y in zip(a, a):
            t += x - y
    return t


def call_reversed():
    a = [1, 2, 3, 4]
    t = 0
    for i in range(N // 2):
        for x in reversed(a):
            t += x
    return t


def call_isinstance():
    vals = [1, "a", 2.0, [], None]
    t = 0
    for i in range(N // 5):
        for v in vals:
            if isinstance(v, (int, float)):
                t += 1
            if isinstance(v, str):
                t += 2
    return t


def call_len():
    a = [1, 2, 3]
    s = "abcd"
    d = {1: 2}
    t = 0
    for i in range(N):
        t += len(a) + len(s) + len(d)
    return t


def call_min_max():
    a = [5, 3, 8, 1]
    t = 0
    for i in range(N // 2):
        t += min(a) + max(a) + min(i, 7) + max(i, 7)
    return t


def call_abs_round():
    t = 0
    for i in range(N):
        t += abs(-i) + round(i * 0.3)
    return t


def call_sorted_key():
    words = ["pear", "fig", "apple", "kiwi", "banana", "plum"] * 5
    t = 0
    for i in range(N // 40):
        t += len(sorted(words, key=len)[0]) + len(sorted(words, key=lambda w: w[-1])[-1])
    return t


def call_sorted_plain():
    data = [(i * 7919) % 1000 for i in range(1000)]
    t = 0
    for i in range(20):
        t += sorted(data)[500]
    return t


def list_sort_reverse():
    data = [(i * 7919) % 1000 for i in range(1000)]
    t = 0
    for i in range(20):
        d = list(data)
        d.sort(reverse=True)
        t += d[1]
    return t


def call_sum_floats():
    xs = [i * 0.25 for i in range(1000)]
    t = 0.0
    for i in range(N // 500):
        t += sum(xs)
    return t


def call_any_all():
    a = [0, 0, 0, 1]
    t = 0
    for i in range(N // 2):
        if any(a):
            t += 1
        if all(a):
            t += 2
    return t


def call_map_filter():
    a = list(range(50))
    t = 0
    for i in range(N // 100):
        t += sum(map(abs, a)) + len(list(filter(None, a)))
    return t


def call_chr_ord():
    t = 0
    for i in range(N):
        t += ord(chr(65 + i % 26))
    return t


def call_divmod_pow():
    t = 0
    for i in range(1, N):
        q, r = divmod(i, 7)
        t += q + r + pow(i, 2, 11)
    return t


def call_hash_id():
    t = 0
    for i in range(N):
        t += hash(i) & 3
    return t


# --- calls ----------------------------------------------------------------------------------

def f_args(*args):
    return len(args)


def f_kwargs(**kw):
    return len(kw)


def f_both(a, *args, b=2, **kw):
    return a + b + len(args) + len(kw)


def f_kw(a, b, c=3):
    return a + b + c


def call_star_args():
    t = 0
    for i in range(N):
        t += f_args(i, 2, 3)
    return t


def call_star_kwargs():
    t = 0
    for i in range(N):
        t += f_kwargs(x=i, y=2)
    return t


def call_star_both():
    t = 0
    for i in range(N):
        t += f_both(i, 1, 2, b=3, z=4)
    return t


def call_keyword_args():
    t = 0
    for i in range(N):
        t += f_kw(a=i, b=2) + f_kw(i, 2, c=1)
    return t


def call_unpack_args():
    args = (1, 2, 3)
    kw = {"b": 2, "c": 5}
    t = 0
    for i in range(N):
        t += f_kw(*args) + f_kw(i, **kw)
    return t


def call_closure():
    def make(k):
        def add(x):
            return x + k
        return add
    add3 = make(3)
    t = 0
    for i in range(N):
        t += add3(i)
    return t


def call_lambda():
    sq = lambda x: x * x
    t = 0
    for i in range(N):
        t += sq(i)
    return t


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + 1
    return wrapper


@deco
def decorated(x, y=1):
    return x + y


def call_decorated():
    t = 0
    for i in range(N):
        t += decorated(i, y=2)
    return t


def call_nonlocal_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
    for i in range(N):
        bump()
    return count


def call_recursion():
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)
    t = 0
    for i in range(N // 100):
        t += depth(100)
    return t


bench("pyb.name_error_caught", name_error_caught)
bench("pyb.attribute_error_caught", attribute_error_caught)
bench("pyb.raise_value_error_caught", raise_value_error_caught)
bench("pyb.key_error_caught", key_error_caught)
bench("pyb.int_parse_error_caught", int_parse_error_caught)
bench("pyb.try_no_raise", try_no_raise)
bench("pyb.try_finally", try_finally)
bench("pyb.hasattr_miss", hasattr_miss)
bench("pyb.hasattr_hit", hasattr_hit)
bench("pyb.getattr_default_miss", getattr_default_miss)
bench("pyb.getattr_hit", getattr_hit)
bench("pyb.hasattr_property_raises", hasattr_property_raises)
bench("pyb.call_str_int", call_str_int)
bench("pyb.call_repr_int", call_repr_int)
bench("pyb.call_float_int", call_float_int)
bench("pyb.call_int_str", call_int_str)
bench("pyb.call_int_float", call_int_float)
bench("pyb.call_float_str", call_float_str)
bench("pyb.call_bool", call_bool)
bench("pyb.call_tuple_list", call_tuple_list)
bench("pyb.call_list_tuple", call_list_tuple)
bench("pyb.call_set_list", call_set_list)
bench("pyb.call_frozenset", call_frozenset)
bench("pyb.call_dict_kwargs", call_dict_kwargs)
bench("pyb.call_dict_empty", call_dict_empty)
bench("pyb.call_dict_pairs", call_dict_pairs)
bench("pyb.call_dict_zip", call_dict_zip)
bench("pyb.dict_update_pairs", dict_update_pairs)
bench("pyb.dict_update_dict", dict_update_dict)
bench("pyb.call_range_len", call_range_len)
bench("pyb.call_object", call_object)
bench("pyb.call_enumerate_zip", call_enumerate_zip)
bench("pyb.call_reversed", call_reversed)
bench("pyb.call_isinstance", call_isinstance)
bench("pyb.call_len", call_len)
bench("pyb.call_min_max", call_min_max)
bench("pyb.call_abs_round", call_abs_round)
bench("pyb.call_sorted_key", call_sorted_key)
bench("pyb.call_sorted_plain", call_sorted_plain)
bench("pyb.list_sort_reverse", list_sort_reverse)
bench("pyb.call_sum_floats", call_sum_floats)
bench("pyb.call_any_all", call_any_all)
bench("pyb.call_map_filter", call_map_filter)
bench("pyb.call_chr_ord", call_chr_ord)
bench("pyb.call_divmod_pow", call_divmod_pow)
bench("pyb.call_hash_id", call_hash_id)
bench("pyb.call_star_args", call_star_args)
bench("pyb.call_star_kwargs", call_star_kwargs)
bench("pyb.call_star_both", call_star_both)
bench("pyb.call_keyword_args", call_keyword_args)
bench("pyb.call_unpack_args", call_unpack_args)
bench("pyb.call_closure", call_closure)
bench("pyb.call_lambda", call_lambda)
bench("pyb.call_decorated", call_decorated)
bench("pyb.call_nonlocal_counter", call_nonlocal_counter)
bench("pyb.call_recursion", call_recursion)
