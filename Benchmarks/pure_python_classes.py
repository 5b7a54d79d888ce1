# Broad pure-Python workloads, part 2: classes (construction, super(), properties, dunders,
# `with`), comprehensions, generators, iteration and strings. Runs unchanged
# under `tessera` and `python3`; each workload is small (a few milliseconds under CPython) and
# prints a `# check` value both sides must agree on. Part 1 (exceptions, builtin
# calls, call shapes) is pure_python_broad.py, part 3 (the standard library) pure_python_stdlib.py.
#
#   tessera Benchmarks/pure_python_classes.py [--quick] [--repeat N] [--only NAME]
from harness import make_bench


def checksum(result):
    return repr(result)


bench = make_bench(checksum)
N = 20000


# --- classes --------------------------------------------------------------------------------

class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def value(self):
        return super().value() + self.y


def class_super_calls():
    t = 0
    for i in range(N // 2):
        t += Derived(i, 1).value()
    return t


def class_instantiate():
    t = 0
    for i in range(N):
        t += Base(i).x
    return t


def class_attribute_read():
    b = Base(1)
    t = 0
    for i in range(N):
        if b.kind == "base":
            t += Base.kind == "base"
    return t


class WithProperty:
    def __init__(self, r):
        self._r = r

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, v):
        self._r = v

    @property
    def area(self):
        return self._r * self._r * 3


def class_property():
    w = WithProperty(2)
    t = 0
    for i in range(N):
        w.r = i
        t += w.area + w.r
    return t


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def class_slots():
    t = 0
    for i in range(N):
        o = WithSlots(i, 2)
        t += o.a + o.b
    return t


class Counted:
    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, x):
        return cls.twice(x)


def class_static_classmethod():
    t = 0
    for i in range(N):
        t += Counted.twice(i) + Counted.make(i)
    return t


def class_bound_method_object():
    b = Base(3)
    f = b.value
    t = 0
    for i in range(N):
        t += f()
    return t


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.x if i == 0 else self.y


def class_dunder_ops():
    v = Vec(0, 0)
    one = Vec(1, 2)
    for i in range(N // 2):
        v = v + one
    return (v.x, v.y, len(v), v[1], v == Vec(N // 2, N))


def class_dunder_hash_in_set():
    s = {Vec(i, i) for i in range(200)}
    t = 0
    for i in range(N // 20):
        if Vec(i % 300, i % 300) in s:
            t += 1
    return t


class Ctx:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        self.n += 1
        return self

    def __exit__(self, *exc):
        self.n += 1
        return False


def with_statement():
    c = Ctx()
    for i in range(N):
        with c as cc:
            cc.n += 1
    return c.n


def class_dynamic_getattr():
    class Dyn:
        def __getattr__(self, name):
            return len(name)
    d = Dyn()
    t = 0
    for i in range(N // 2):
        t += d.abc
    return t


def class_str_repr():
    class R:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return "R(%d)" % self.v
    return sum(len(repr(R(i))) + len(str(R(i))) for i in range(N // 4))


def class_iter_protocol():
    class Countdown:
        def __init__(self, n):
            self.n = n

        def __iter__(self):
            return self

        def __next__(self):
            if self.n <= 0:
                raise StopIteration
            self.n -= 1
            return self.n
    return sum(Countdown(N))


# --- comprehensions, generators, iteration --------------------------------------------------

def comp_dict():
    return len({i: i * 2 for i in range(N)})


def comp_set():
    return len({i % 1000 for i in range(N)})


def comp_nested_list():
    return sum(len(r) for r in [[j for j in range(20)] for i in range(N // 20)])


def gen_expression_sum():
    return sum(i * i for i in range(N))


def gen_function():
    def gen(n):
        for i in range(n):
            yield i * 2
    return sum(gen(N))


def gen_yield_from():
    def inner(n):
        yield from range(n)

    def outer():
        for k in range(10):
            yield from inner(N // 10)
    return sum(outer())


def gen_send():
    def acc():
        total = 0
        while True:
            x = yield total
            total += x
    g = acc()
    next(g)
    t = 0
    for i in range(N):
        t = g.send(i)
    return t


def iter_enumerate_list():
    a = list(range(N))
    t = 0
    for i, x in enumerate(a):
        t += i ^ x
    return t


def iter_zip_three():
    a = list(range(N))
    t = 0
    for x, y, z in zip(a, a, a):
        t += x + y - z
    return t


def iter_dict_items():
    d = {i: i for i in range(N)}
    t = 0
    for k, v in d.items():
        t += k - v + 1
    return t


def unpack_swap():
    a, b = 0, 1
    for i in range(N):
        a, b = b, a + b & 1023
    return a, b


def slicing_lists():
    a = list(range(100))
    t = 0
    for i in range(N // 10):
        t += len(a[10:50]) + a[::-1][0] + len(a[::3])
    return t


def list_append_pop():
    a = []
    for i in range(N):
        a.append(i)
    t = 0
    while a:
        t += a.pop()
    return t


def list_insert_index():
    a = list(range(100))
    t = 0
    for i in range(N // 20):
        a.insert(50, i)
        t += a.index(i) if i < 100 else 0
        a.pop(50)
    return t


def list_in_contains():
    a = list(range(50))
    return sum(1 for i in range(N // 2) if (i % 100) in a)


def dict_get_setdefault():
    d = {}
    for i in range(N):
        d.setdefault(i % 100, []).append(i)
    return sum(len(v) for v in d.values())


def dict_keys_values_items():
    d = {i: i for i in range(100)}
    t = 0
    for i in range(N // 100):
        t += len(list(d.keys())) + sum(d.values()) + len(list(d.items()))
    return t


def set_operations():
    a = set(range(0, 100, 2))
    b = set(range(0, 100, 3))
    t = 0
    for i in range(N // 20):
        t += len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
    return t


def tuple_compare_sort():
    data = [((i * 37) % 100, -i) for i in range(2000)]
    data.sort()
    return data[0], data[-1]


def float_math():
    x = 0.0
    for i in range(N):
        x = x * 0.5 + i / 3.0 - (i % 7) * 1.25
    return round(x, 6)


def int_bit_ops():
    t = 0
    for i in range(N):
        t ^= (i << 3) | (i >> 2) & 0xFF
    return t


# --- strings (the `strings` helper's rows; measured here too) --------------------------------

LONG = "  " + "abcdefghij" * 10000 + "  "


def str_strip_long():
    t = 0
    for i in range(200):
        t += len(LONG.strip())
    return t


def str_concat_loop():
    s = ""
    for i in range(N):
        s += "x"
    return len(s)


def str_in_find():
    hay = "abcdefghij" * 1000 + "needle"
    t = 0
    for i in range(200):
        if "needle" in hay:
            t += hay.find("needle")
    return t


def str_split_join():
    line = " ".join(str(i) for i in range(100))
    t = 0
    for i in range(N // 100):
        t += len(",".join(line.split()))
    return t


def str_replace():
    s = "the cat sat on the mat " * 50
    t = 0
    for i in range(N // 50):
        t += len(s.replace("at", "og"))
    return t


def str_format_percent():
    return sum(len("%s-%d-%.2f" % ("a", i, i * 0.5)) for i in range(N // 2))


def str_format_method():
    return sum(len("{}-{:>5}-{:.2f}".format("a", i, i * 0.5)) for i in range(N // 2))


def str_fstring_simple():
    return sum(len(f"{i}:{i + 1}") for i in range(N))


def str_methods_mix():
    words = ["Hello", "World", "Python", "tessera"]
    t = 0
    for i in range(N // 4):
        for w in words:
            t += len(w.upper()) + w.lower().startswith("h") + w.endswith("a")
    return t


def str_index_iterate():
    s = "abcdefghijklmnopqrstuvwxyz" * 40
    t = 0
    for ch in s * 10:
        if ch == "e":
            t += 1
    return t


def str_dict_keys():
    keys = ["key%d" % i for i in range(100)]
    d = {k: i for i, k in enumerate(keys)}
    t = 0
    for i in range(N // 100):
        for k in keys:
            t += d[k]
    return t


bench("pyb.class_super_calls", class_super_calls)
bench("pyb.class_instantiate", class_instantiate)
bench("pyb.class_attribute_read", class_attribute_read)
bench("pyb.class_property", class_property)
bench("pyb.class_slots", class_slots)
bench("pyb.class_static_classmethod", class_static_classmethod)
bench("pyb.class_bound_method_object", class_bound_method_object)
bench("pyb.class_dunder_ops", class_dunder_ops)
bench("pyb.class_dunder_hash_in_set", class_dunder_hash_in_set)
bench("pyb.with_statement", with_statement)
bench("pyb.class_dynamic_getattr", class_dynamic_getattr)
bench("pyb.class_str_repr", class_str_repr)
bench("pyb.class_iter_protocol", class_iter_protocol)
bench("pyb.comp_dict", comp_dict)
bench("pyb.comp_set", comp_set)
bench("pyb.comp_nested_list", comp_nested_list)
bench("pyb.gen_expression_sum", gen_expression_sum)
bench("pyb.gen_function", gen_function)
bench("pyb.gen_yield_from", gen_yield_from)
bench("pyb.gen_send", gen_send)
bench("pyb.iter_enumerate_list", iter_enumerate_list)
bench("pyb.iter_zip_three", iter_zip_three)
bench("pyb.iter_dict_items", iter_dict_items)
bench("pyb.unpack_swap", unpack_swap)
bench("pyb.slicing_lists", slicing_lists)
bench("pyb.list_append_pop", list_append_pop)
bench("pyb.list_insert_index", list_insert_index)
bench("pyb.list_in_contains", list_in_contains)
bench("pyb.dict_get_setdefault", dict_get_setdefault)
bench("pyb.dict_keys_values_items", dict_keys_values_items)
bench("pyb.set_operations", set_operations)
bench("pyb.tuple_compare_sort", tuple_compare_sort)
bench("pyb.float_math", float_math)
bench("pyb.int_bit_ops", int_bit_ops)
bench("pyb.str_strip_long", str_strip_long)
bench("pyb.str_concat_loop", str_concat_loop)
bench("pyb.str_in_find", str_in_find)
bench("pyb.str_split_join", str_split_join)
bench("pyb.str_replace", str_replace)
bench("pyb.str_format_percent", str_format_percent)
bench("pyb.str_format_method", str_format_method)
bench("pyb.str_fstring_simple", str_fstring_simple)
bench("pyb.str_methods_mix", str_methods_mix)
bench("pyb.str_index_iterate", str_index_iterate)
bench("pyb.str_dict_keys", str_dict_keys)
